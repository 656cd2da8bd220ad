#include "powersystemadapters.h"

#include "io/profilecsv.h"
#include "model/validation.h"
#include "projectfields.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace gridcba::ui {

using namespace projectfields;

namespace {

struct PsTr
{
    Q_DECLARE_TR_FUNCTIONS(gridcba::ui::PowerSystemAdapters)
};

constexpr double kPercent = 0.01;
constexpr double kGwh = 1000.0;   // MWh per GWh
constexpr int kMaxUnits = 100000; // as core/model/powersystemvalidation.cpp
constexpr double kMaxLossFactor = 0.5;
constexpr double kMaxRepairHours = 8760.0;

model::PowerSystem *systemOf(model::Study &study, const QString &scenarioId, int year)
{
    for (model::PowerSystem &ps : study.powerSystems)
        if (ps.scenarioId == scenarioId && ps.year == year)
            return &ps;
    return nullptr;
}

TableColumn column(const QString &key, const QString &header, const QString &toolTip,
                   ColumnType type, int decimals = 0)
{
    return makeColumn(key, header, toolTip, type, 1.0, decimals);
}

// A fraction shown in %: within [0, 1], or (0, 1] without zero, or [0, 1) with `belowOne`.
template <typename Row>
Field<Row> fractionField(TableColumn c, double Row::*member, const QString &what,
                         bool zeroAllowed = true, bool belowOne = false, double max = 1.0)
{
    c.type = ColumnType::Real;
    c.displayScale = kPercent;
    return {c, [member](const Row &r) { return QVariant(r.*member); },
            [=](model::Study &, Row &r, int, const QVariant &v) {
                const double x = v.toDouble();
                const bool ok =
                    x >= 0.0 && x <= max && (zeroAllowed || x > 0.0) && (!belowOne || x < 1.0);
                if (!ok) {
                    const QString low = zeroAllowed ? QStringLiteral("0 %") : PsTr::tr("above 0 %");
                    const QString high =
                        belowOne ? PsTr::tr("below 100 %")
                                 : QLocale().toString(max * 100.0, 'g', 4) + QStringLiteral(" %");
                    return PsTr::tr("%1 must be %2 to %3").arg(what, low, high);
                }
                r.*member = x;
                return QString();
            }};
}

// A zone of the system (scenarioId, year): refused when the system has no such zone, so a
// cluster is never placed in a zone that does not exist.
template <typename Row>
Field<Row> zoneRefField(TableColumn c, QString Row::*member, const QString &what,
                        const QString &scenarioId, int year)
{
    c.type = ColumnType::Text;
    return {c, [member](const Row &r) { return QVariant(r.*member); },
            [=](model::Study &study, Row &r, int, const QVariant &v) {
                const QString zone = v.toString().trimmed();
                const model::PowerSystem *ps = systemOf(study, scenarioId, year);
                if (zone.isEmpty())
                    return PsTr::tr("%1 must not be empty").arg(what);
                if (!ps || !ps->zone(zone))
                    return PsTr::tr("%1 “%2” is not a zone of this power system; add it in the "
                                    "Zones table first")
                        .arg(what, zone);
                r.*member = zone;
                return QString();
            }};
}

// A column a file may leave out, and a cell that may be left empty: the value is then
// `fallback` (base units), which the tool tip states. For the columns with a usual value
// (one unit, full availability, no must-run), so a CSV needs only the columns that matter.
template <typename Row> Field<Row> withDefault(Field<Row> field, const QVariant &fallback)
{
    field.column.optional = true;
    QString shown = fallback.toString();
    if (field.column.type == ColumnType::Real)
        shown = QLocale().toString(fallback.toDouble() / field.column.displayScale, 'g', 6);
    if (field.column.type == ColumnType::Bool)
        shown = fallback.toBool() ? PsTr::tr("yes") : PsTr::tr("no");
    field.column.toolTip += u' ' + (shown.isEmpty() ? PsTr::tr("May be left empty.")
                                                    : PsTr::tr("Empty: %1.").arg(shown));
    const auto set = field.set;
    field.set = [set, fallback](model::Study &study, Row &row, int index, const QVariant &v) {
        return set(study, row, index, v.isValid() ? v : fallback);
    };
    return field;
}

template <typename Row>
void setDefaults(FieldTable<Row> &table,
                 std::initializer_list<std::pair<const char *, QVariant>> values)
{
    for (const auto &[key, value] : values)
        for (Field<Row> &f : table.fields)
            if (f.column.key == QLatin1String(key))
                f = withDefault(std::move(f), value);
}

template <typename Row>
const std::vector<Row> *siblings(const model::Study &study, const QString &scenarioId, int year,
                                 std::vector<Row> model::PowerSystem::*member)
{
    model::PowerSystem *ps = systemOf(const_cast<model::Study &>(study), scenarioId, year);
    return ps ? &(ps->*member) : nullptr;
}

QString firstZone(const model::PowerSystem &ps)
{
    return ps.zones.empty() ? QString() : ps.zones.front().id;
}

// A name not used by `rows` yet: "<prefix>1", "<prefix>2", …
template <typename Row> QString freeId(const std::vector<Row> &rows, const QString &prefix)
{
    for (int n = 1;; ++n) {
        const QString id = prefix + QString::number(n);
        if (std::none_of(rows.begin(), rows.end(), [&](const Row &r) { return r.id == id; }))
            return id;
    }
}

// --- One table of a power system --------------------------------------------------------

template <typename Row> class SystemRowsAdapter final : public RowsAdapter<Row>
{
  public:
    using NewRow = std::function<Row(const model::PowerSystem &)>;
    using Check = std::function<QStringList(const std::vector<Row> &)>;

    SystemRowsAdapter(QString title, std::shared_ptr<const FieldTable<Row>> fields,
                      QString scenarioId, int year, std::vector<Row> model::PowerSystem::*member,
                      NewRow newRow, Check check = {})
        : RowsAdapter<Row>(std::move(title), std::move(fields)), m_scenario(std::move(scenarioId)),
          m_year(year), m_member(member), m_newRow(std::move(newRow)), m_check(std::move(check))
    {
    }

    void insertRow(model::Study &study, int row) const override
    {
        if (model::PowerSystem *ps = systemOf(study, m_scenario, m_year))
            insertAt(ps->*m_member, row, m_newRow(*ps));
    }

    QStringList checkTable(const model::Study &study) const override
    {
        const std::vector<Row> *r = RowsAdapter<Row>::rows(study);
        return r && m_check ? m_check(*r) : QStringList();
    }

  protected:
    std::vector<Row> *rows(model::Study &study) const override
    {
        model::PowerSystem *ps = systemOf(study, m_scenario, m_year);
        return ps ? &(ps->*m_member) : nullptr;
    }

  private:
    QString m_scenario;
    int m_year;
    std::vector<Row> model::PowerSystem::*m_member;
    NewRow m_newRow;
    Check m_check;
};

// The zone id, renamed everywhere in the system in the same edit.
Field<model::Zone> zoneIdField(const QString &scenarioId, int year)
{
    TableColumn c = column(QStringLiteral("id"), PsTr::tr("Zone"),
                           PsTr::tr("Bidding-zone code, unique in the system (“DE00”, “ITN1”). "
                                    "Renaming it renames it in every table of this system."),
                           ColumnType::Text);
    return {c, [](const model::Zone &z) { return QVariant(z.id); },
            [=](model::Study &study, model::Zone &z, int index, const QVariant &v) {
                const QString id = v.toString().trimmed();
                if (id.isEmpty())
                    return PsTr::tr("Zone must not be empty");
                model::PowerSystem *ps = systemOf(study, scenarioId, year);
                if (!ps)
                    return PsTr::tr("The power system no longer exists");
                for (size_t i = 0; i < ps->zones.size(); ++i)
                    if (int(i) != index && ps->zones[i].id == id)
                        return PsTr::tr("Zone “%1” is already in this system").arg(id);
                const QString old = z.id;
                if (!old.isEmpty() && old != id) {
                    auto rename = [&](QString &ref) {
                        if (ref == old)
                            ref = id;
                    };
                    for (model::Border &b : ps->borders) {
                        rename(b.fromZone);
                        rename(b.toZone);
                    }
                    for (model::ThermalCluster &t : ps->thermal)
                        rename(t.zone);
                    for (model::RenewableUnit &u : ps->renewables)
                        rename(u.zone);
                    for (model::StorageUnit &s : ps->storage)
                        rename(s.zone);
                    for (model::DsrBlock &d : ps->dsr)
                        rename(d.zone);
                }
                z.id = id;
                return QString();
            }};
}

TableAdapterPtr zonesAdapter(const QString &title, const QString &scenarioId, int year)
{
    using model::Zone;
    auto t = std::make_shared<FieldTable<Zone>>();
    auto &f = t->fields;
    f.push_back(zoneIdField(scenarioId, year));
    f.push_back(
        textField(column(QStringLiteral("name"), PsTr::tr("Name"),
                         PsTr::tr("The zone's name in tables and charts."), ColumnType::Text),
                  &Zone::name));
    Field<Zone> country = textField(
        column(QStringLiteral("country"), PsTr::tr("Country"),
               PsTr::tr("ISO 3166 code of the zone's country (“DE”; TYNDP's “UK” and “EL” are "
                        "accepted). B1 per country sums its zones."),
               ColumnType::Text),
        &Zone::country);
    country.set = [](model::Study &, Zone &z, int, const QVariant &v) {
        const QString code = v.toString().trimmed().toUpper();
        if (code.isEmpty())
            return PsTr::tr("Country must not be empty (an ISO code such as DE)");
        z.country = code;
        return QString();
    };
    f.push_back(country);
    f.push_back({column(QStringLiteral("euMember"), PsTr::tr("EU"),
                        PsTr::tr("Whether the zone is in the EU, for the EU-only perimeter of "
                                 "the results."),
                        ColumnType::Bool),
                 [](const Zone &z) { return QVariant(z.euMember); },
                 [](model::Study &, Zone &z, int, const QVariant &v) {
                     z.euMember = v.toBool();
                     return QString();
                 }});
    f.push_back(nonNegativeField(
        makeColumn(QStringLiteral("annualDemandMwh"), PsTr::tr("Annual demand (GWh)"),
                   PsTr::tr("Yearly demand of a profile with mean 1, in GWh (the key "
                            "annualDemandMwh is in MWh). Hourly demand = annual demand / 8,760 × "
                            "the demand profile's value of the hour."),
                   ColumnType::Real, kGwh, 1),
        &Zone::annualDemandMwh, PsTr::tr("Annual demand")));
    f.push_back(textField(column(QStringLiteral("demandProfile"), PsTr::tr("Demand profile"),
                                 PsTr::tr("Id of the relative-demand profile (mean about 1) in "
                                          "the profile library."),
                                 ColumnType::Text),
                          &Zone::demandProfile));
    Field<Zone> voll = optionalField(
        column(QStringLiteral("vollEurPerMwh"), PsTr::tr("VOLL (€/MWh)"),
               PsTr::tr("Value of lost load of this zone in €/MWh of the scenario's price year; "
                        "empty: the study year's VOLL."),
               ColumnType::Real),
        &Zone::vollEurPerMwh);
    voll.set = [](model::Study &, Zone &z, int, const QVariant &v) {
        if (v.isValid() && v.toDouble() <= 0.0)
            return PsTr::tr("VOLL must be above 0 €/MWh, or empty for the study year's");
        z.vollEurPerMwh = v.isValid() ? std::optional<double>(v.toDouble()) : std::nullopt;
        return QString();
    };
    f.push_back(voll);
    setDefaults(*t, {{"name", QString()}, {"euMember", true}, {"demandProfile", QString()}});
    return std::make_shared<SystemRowsAdapter<Zone>>(
        title, t, scenarioId, year, &model::PowerSystem::zones, [](const model::PowerSystem &ps) {
            Zone z;
            for (int n = 1;; ++n) {
                z.id = QStringLiteral("Z%1").arg(n);
                if (!ps.zone(z.id))
                    break;
            }
            z.name = z.id;
            z.country = QStringLiteral("XX");
            return z;
        });
}

TableAdapterPtr bordersAdapter(const QString &title, const QString &scenarioId, int year)
{
    using model::Border;
    auto t = std::make_shared<FieldTable<Border>>();
    auto &f = t->fields;
    f.push_back(zoneRefField(column(QStringLiteral("fromZone"), PsTr::tr("From zone"),
                                    PsTr::tr("Zone at one end of the border."), ColumnType::Text),
                             &Border::fromZone, PsTr::tr("From zone"), scenarioId, year));
    f.push_back(
        zoneRefField(column(QStringLiteral("toZone"), PsTr::tr("To zone"),
                            PsTr::tr("Zone at the other end of the border."), ColumnType::Text),
                     &Border::toZone, PsTr::tr("To zone"), scenarioId, year));
    f.push_back(nonNegativeField(
        column(QStringLiteral("forwardMw"), PsTr::tr("NTC from → to (MW)"),
               PsTr::tr("Net transfer capacity from the first zone to the second, MW (times "
                        "the hourly factor of the forward profile, if one is given)."),
               ColumnType::Real),
        &Border::forwardMw, PsTr::tr("NTC from → to")));
    f.push_back(nonNegativeField(
        column(QStringLiteral("backwardMw"), PsTr::tr("NTC to → from (MW)"),
               PsTr::tr("Net transfer capacity from the second zone to the first, MW."),
               ColumnType::Real),
        &Border::backwardMw, PsTr::tr("NTC to → from")));
    f.push_back(textField(column(QStringLiteral("forwardProfile"), PsTr::tr("Profile from → to"),
                                 PsTr::tr("Optional id of a profile of hourly factors 0..1 of "
                                          "the forward NTC; empty: the full NTC every hour."),
                                 ColumnType::Text),
                          &Border::forwardProfile));
    f.push_back(textField(column(QStringLiteral("backwardProfile"), PsTr::tr("Profile to → from"),
                                 PsTr::tr("Optional id of a profile of hourly factors 0..1 of "
                                          "the backward NTC."),
                                 ColumnType::Text),
                          &Border::backwardProfile));
    TableColumn loss = column(QStringLiteral("lossFactor"), PsTr::tr("Losses (%)"),
                              PsTr::tr("Share of a flow lost on the way, 0 to 50 %: the "
                                       "importing zone receives (1 − losses) of what leaves the "
                                       "exporting zone. Enters B5."),
                              ColumnType::Real, 2);
    f.push_back(
        fractionField(loss, &Border::lossFactor, PsTr::tr("Losses"), true, false, kMaxLossFactor));
    setDefaults(
        *t, {{"forwardProfile", QString()}, {"backwardProfile", QString()}, {"lossFactor", 0.0}});
    return std::make_shared<SystemRowsAdapter<Border>>(
        title, t, scenarioId, year, &model::PowerSystem::borders,
        [](const model::PowerSystem &ps) {
            Border b;
            b.fromZone = firstZone(ps);
            b.toZone = ps.zones.size() > 1 ? ps.zones[1].id : b.fromZone;
            return b;
        },
        [](const std::vector<Border> &rows) {
            QStringList problems;
            QSet<QString> pairs;
            for (size_t i = 0; i < rows.size(); ++i) {
                const Border &b = rows[i];
                if (b.fromZone == b.toZone)
                    problems << PsTr::tr("Row %1, To zone: a border joins two different zones")
                                    .arg(i + 1);
                const QString key =
                    std::min(b.fromZone, b.toZone) + u'|' + std::max(b.fromZone, b.toZone);
                if (pairs.contains(key))
                    problems << PsTr::tr("Row %1: the border %2–%3 is given twice; give one row "
                                         "per pair of zones with both directions")
                                    .arg(i + 1)
                                    .arg(b.fromZone, b.toZone);
                pairs.insert(key);
            }
            return problems;
        });
}

TableAdapterPtr thermalAdapter(const QString &title, const QString &scenarioId, int year)
{
    using model::ThermalCluster;
    const auto member = &model::PowerSystem::thermal;
    auto t = std::make_shared<FieldTable<ThermalCluster>>();
    auto &f = t->fields;
    f.push_back(idField<ThermalCluster>(
        column(QStringLiteral("id"), PsTr::tr("Id"),
               PsTr::tr("Name of the cluster, unique in the system (“DE_gas_ccgt”)."),
               ColumnType::Text),
        &ThermalCluster::id, PsTr::tr("Id"),
        [=](const model::Study &s) { return siblings(s, scenarioId, year, member); }));
    f.push_back(zoneRefField(column(QStringLiteral("zone"), PsTr::tr("Zone"),
                                    PsTr::tr("Zone the cluster feeds."), ColumnType::Text),
                             &ThermalCluster::zone, PsTr::tr("Zone"), scenarioId, year));
    Field<ThermalCluster> fuel = textField(
        column(QStringLiteral("fuel"), PsTr::tr("Fuel"),
               PsTr::tr("Fuel whose price the scenario gives per study year (Scenario > Fuel "
                        "prices, €/MWh of fuel): “gas”, “coal”, “lignite”, “nuclear”, …"),
               ColumnType::Text),
        &ThermalCluster::fuel);
    fuel.set = [](model::Study &, ThermalCluster &c, int, const QVariant &v) {
        const QString name = v.toString().trimmed();
        if (name.isEmpty())
            return PsTr::tr("Fuel must not be empty");
        c.fuel = name;
        return QString();
    };
    f.push_back(fuel);
    f.push_back(nonNegativeField(
        column(QStringLiteral("capacityMw"), PsTr::tr("Capacity (MW)"),
               PsTr::tr("Installed net capacity of the whole cluster, MW."), ColumnType::Real),
        &ThermalCluster::capacityMw, PsTr::tr("Capacity")));
    f.push_back(intField(column(QStringLiteral("units"), PsTr::tr("Units"),
                                PsTr::tr("Number of identical units; a forced outage takes out "
                                         "one whole unit (capacity / units)."),
                                ColumnType::Integer),
                         &ThermalCluster::units, 1, kMaxUnits, PsTr::tr("Units")));
    f.push_back(fractionField(
        column(QStringLiteral("availability"), PsTr::tr("Availability (%)"),
               PsTr::tr("Share of the capacity not on planned maintenance, yearly average."),
               ColumnType::Real, 1),
        &ThermalCluster::availability, PsTr::tr("Availability")));
    f.push_back(fractionField(
        column(QStringLiteral("forcedOutageRate"), PsTr::tr("Forced outage rate (%)"),
               PsTr::tr("Probability that a unit is out at a given hour (adequacy, B6)."),
               ColumnType::Real, 1),
        &ThermalCluster::forcedOutageRate, PsTr::tr("Forced outage rate"), true, true));
    Field<ThermalCluster> mttr{
        column(QStringLiteral("meanTimeToRepairHours"), PsTr::tr("Repair time (h)"),
               PsTr::tr("Mean duration of a forced outage, hours (0 to 8,760)."), ColumnType::Real,
               0),
        [](const ThermalCluster &c) { return QVariant(c.meanTimeToRepairHours); },
        [](model::Study &, ThermalCluster &c, int, const QVariant &v) {
            const double h = v.toDouble();
            if (h <= 0.0 || h > kMaxRepairHours)
                return PsTr::tr("Repair time must be above 0 and at most 8,760 hours");
            c.meanTimeToRepairHours = h;
            return QString();
        }};
    f.push_back(mttr);
    f.push_back(fractionField(
        column(QStringLiteral("efficiency"), PsTr::tr("Efficiency (%)"),
               PsTr::tr("Net electrical efficiency: MWh of electricity per MWh of fuel."),
               ColumnType::Real, 1),
        &ThermalCluster::efficiency, PsTr::tr("Efficiency"), false));
    f.push_back(nonNegativeField(
        column(QStringLiteral("co2TPerMwhFuel"), PsTr::tr("CO2 (t/MWh fuel)"),
               PsTr::tr("CO2 emitted per MWh of fuel burnt (gas 0.202, hard coal 0.341); "
                        "priced at the study year's market CO2 price, enters B2."),
               ColumnType::Real, 3),
        &ThermalCluster::co2TPerMwhFuel, PsTr::tr("CO2 factor")));
    for (model::Pollutant p : model::kPollutants) {
        const QString name = model::pollutantName(p);
        TableColumn c = column(model::pollutantKey(p) + QStringLiteral("KgPerMwhFuel"),
                               PsTr::tr("%1 (kg/MWh fuel)").arg(name),
                               PsTr::tr("%1 emitted per MWh of fuel burnt, kg; empty: none. "
                                        "Enters B4 (%2).")
                                   .arg(name, model::pollutantIndicatorId(p)),
                               ColumnType::Real, 3);
        c.optional = true;
        f.push_back({c,
                     [p](const ThermalCluster &x) {
                         const auto it = x.pollutantKgPerMwhFuel.find(p);
                         return it == x.pollutantKgPerMwhFuel.end() ? QVariant()
                                                                    : QVariant(it->second);
                     },
                     [p, name](model::Study &, ThermalCluster &x, int, const QVariant &v) {
                         if (!v.isValid()) {
                             x.pollutantKgPerMwhFuel.erase(p);
                             return QString();
                         }
                         if (v.toDouble() < 0.0)
                             return PsTr::tr("%1 must be 0 or more").arg(name);
                         x.pollutantKgPerMwhFuel[p] = v.toDouble();
                         return QString();
                     }});
    }
    f.push_back(finiteField(
        column(QStringLiteral("variableOmEurPerMwh"), PsTr::tr("Variable O&M (€/MWh)"),
               PsTr::tr("Variable operation and maintenance cost per MWh of electricity, in "
                        "the scenario's price year."),
               ColumnType::Real, 2),
        &ThermalCluster::variableOmEurPerMwh));
    f.push_back(fractionField(
        column(QStringLiteral("mustRunShare"), PsTr::tr("Must run (%)"),
               PsTr::tr("Share of the available capacity that runs whatever the price "
                        "(combined heat and power, system services)."),
               ColumnType::Real, 1),
        &ThermalCluster::mustRunShare, PsTr::tr("Must run")));
    setDefaults(*t, {{"units", 1},
                     {"availability", 1.0},
                     {"forcedOutageRate", 0.0},
                     {"meanTimeToRepairHours", 24.0},
                     {"co2TPerMwhFuel", 0.0},
                     {"variableOmEurPerMwh", 0.0},
                     {"mustRunShare", 0.0}});
    return std::make_shared<SystemRowsAdapter<ThermalCluster>>(
        title, t, scenarioId, year, member, [](const model::PowerSystem &ps) {
            ThermalCluster c;
            c.id = freeId(ps.thermal, QStringLiteral("T"));
            c.zone = firstZone(ps);
            c.fuel = QStringLiteral("gas");
            return c;
        });
}

TableAdapterPtr renewablesAdapter(const QString &title, const QString &scenarioId, int year)
{
    using model::RenewableUnit;
    auto t = std::make_shared<FieldTable<RenewableUnit>>();
    auto &f = t->fields;
    f.push_back(zoneRefField(column(QStringLiteral("zone"), PsTr::tr("Zone"),
                                    PsTr::tr("Zone the plants feed."), ColumnType::Text),
                             &RenewableUnit::zone, PsTr::tr("Zone"), scenarioId, year));
    Field<RenewableUnit> technology =
        textField(column(QStringLiteral("technology"), PsTr::tr("Technology"),
                         PsTr::tr("“pv”, “wind_onshore”, “wind_offshore”, “ror” (run of river), …: "
                                  "curtailable at no cost; curtailment enters B3."),
                         ColumnType::Text),
                  &RenewableUnit::technology);
    technology.set = [](model::Study &, RenewableUnit &u, int, const QVariant &v) {
        const QString name = v.toString().trimmed();
        if (name.isEmpty())
            return PsTr::tr("Technology must not be empty");
        u.technology = name;
        return QString();
    };
    f.push_back(technology);
    f.push_back(nonNegativeField(column(QStringLiteral("capacityMw"), PsTr::tr("Capacity (MW)"),
                                        PsTr::tr("Installed capacity, MW."), ColumnType::Real),
                                 &RenewableUnit::capacityMw, PsTr::tr("Capacity")));
    f.push_back(textField(column(QStringLiteral("profile"), PsTr::tr("Profile"),
                                 PsTr::tr("Id of the capacity-factor profile (0..1 per hour) in "
                                          "the profile library."),
                                 ColumnType::Text),
                          &RenewableUnit::profile));
    return std::make_shared<SystemRowsAdapter<RenewableUnit>>(
        title, t, scenarioId, year, &model::PowerSystem::renewables,
        [](const model::PowerSystem &ps) {
            RenewableUnit u;
            u.zone = firstZone(ps);
            u.technology = QStringLiteral("pv");
            return u;
        });
}

TableAdapterPtr storageAdapter(const QString &title, const QString &scenarioId, int year)
{
    using model::StorageUnit;
    const auto member = &model::PowerSystem::storage;
    auto t = std::make_shared<FieldTable<StorageUnit>>();
    auto &f = t->fields;
    f.push_back(idField<StorageUnit>(
        column(QStringLiteral("id"), PsTr::tr("Id"),
               PsTr::tr("Name of the storage unit, unique in the system."), ColumnType::Text),
        &StorageUnit::id, PsTr::tr("Id"),
        [=](const model::Study &s) { return siblings(s, scenarioId, year, member); }));
    f.push_back(zoneRefField(column(QStringLiteral("zone"), PsTr::tr("Zone"),
                                    PsTr::tr("Zone the unit is in."), ColumnType::Text),
                             &StorageUnit::zone, PsTr::tr("Zone"), scenarioId, year));
    f.push_back(textField(column(QStringLiteral("technology"), PsTr::tr("Technology"),
                                 PsTr::tr("“battery”, “phs” (pumped hydro), “reservoir”, …"),
                                 ColumnType::Text),
                          &StorageUnit::technology));
    f.push_back(nonNegativeField(
        column(QStringLiteral("chargeMw"), PsTr::tr("Charge (MW)"),
               PsTr::tr("Charging or pumping power, MW; 0 for a reservoir that cannot pump."),
               ColumnType::Real),
        &StorageUnit::chargeMw, PsTr::tr("Charge")));
    f.push_back(
        nonNegativeField(column(QStringLiteral("dischargeMw"), PsTr::tr("Discharge (MW)"),
                                PsTr::tr("Discharging or turbine power, MW."), ColumnType::Real),
                         &StorageUnit::dischargeMw, PsTr::tr("Discharge")));
    f.push_back(nonNegativeField(column(QStringLiteral("energyMwh"), PsTr::tr("Energy (MWh)"),
                                        PsTr::tr("Usable energy, MWh."), ColumnType::Real),
                                 &StorageUnit::energyMwh, PsTr::tr("Energy")));
    f.push_back(fractionField(
        column(QStringLiteral("roundTripEfficiency"), PsTr::tr("Round trip (%)"),
               PsTr::tr("MWh discharged per MWh charged (the losses are taken on charging)."),
               ColumnType::Real, 1),
        &StorageUnit::roundTripEfficiency, PsTr::tr("Round-trip efficiency"), false));
    f.push_back(
        fractionField(column(QStringLiteral("initialLevel"), PsTr::tr("Initial level (%)"),
                             PsTr::tr("Level at the start of the year, as a share of the energy."),
                             ColumnType::Real, 1),
                      &StorageUnit::initialLevel, PsTr::tr("Initial level")));
    f.push_back(nonNegativeField(
        makeColumn(QStringLiteral("annualInflowMwh"), PsTr::tr("Inflow (GWh/yr)"),
                   PsTr::tr("Natural inflow of a reservoir in a year of profile mean 1, GWh "
                            "(the key annualInflowMwh is in MWh); 0 for batteries and pure "
                            "pumped storage."),
                   ColumnType::Real, kGwh, 1),
        &StorageUnit::annualInflowMwh, PsTr::tr("Inflow")));
    f.push_back(textField(column(QStringLiteral("inflowProfile"), PsTr::tr("Inflow profile"),
                                 PsTr::tr("Id of the inflow profile (mean about 1); needed when "
                                          "there is an inflow."),
                                 ColumnType::Text),
                          &StorageUnit::inflowProfile));
    setDefaults(*t, {{"technology", QString()},
                     {"chargeMw", 0.0},
                     {"roundTripEfficiency", 1.0},
                     {"initialLevel", 0.5},
                     {"annualInflowMwh", 0.0},
                     {"inflowProfile", QString()}});
    return std::make_shared<SystemRowsAdapter<StorageUnit>>(
        title, t, scenarioId, year, member, [](const model::PowerSystem &ps) {
            StorageUnit s;
            s.id = freeId(ps.storage, QStringLiteral("S"));
            s.zone = firstZone(ps);
            s.technology = QStringLiteral("battery");
            return s;
        });
}

TableAdapterPtr dsrAdapter(const QString &title, const QString &scenarioId, int year)
{
    using model::DsrBlock;
    const auto member = &model::PowerSystem::dsr;
    auto t = std::make_shared<FieldTable<DsrBlock>>();
    auto &f = t->fields;
    f.push_back(idField<DsrBlock>(
        column(QStringLiteral("id"), PsTr::tr("Id"),
               PsTr::tr("Name of the block, unique in the system."), ColumnType::Text),
        &DsrBlock::id, PsTr::tr("Id"),
        [=](const model::Study &s) { return siblings(s, scenarioId, year, member); }));
    f.push_back(
        zoneRefField(column(QStringLiteral("zone"), PsTr::tr("Zone"),
                            PsTr::tr("Zone whose demand the block reduces."), ColumnType::Text),
                     &DsrBlock::zone, PsTr::tr("Zone"), scenarioId, year));
    f.push_back(nonNegativeField(column(QStringLiteral("capacityMw"), PsTr::tr("Capacity (MW)"),
                                        PsTr::tr("Demand that can be reduced in any hour, MW."),
                                        ColumnType::Real),
                                 &DsrBlock::capacityMw, PsTr::tr("Capacity")));
    f.push_back(finiteField(
        column(QStringLiteral("priceEurPerMwh"), PsTr::tr("Price (€/MWh)"),
               PsTr::tr("Price at which the demand reduces, €/MWh of the scenario's price "
                        "year; counted as generation cost."),
               ColumnType::Real, 2),
        &DsrBlock::priceEurPerMwh));
    return std::make_shared<SystemRowsAdapter<DsrBlock>>(
        title, t, scenarioId, year, member, [](const model::PowerSystem &ps) {
            DsrBlock d;
            d.id = freeId(ps.dsr, QStringLiteral("D"));
            d.zone = firstZone(ps);
            return d;
        });
}

void renameProfile(model::Study &study, const QString &from, const QString &to)
{
    auto rename = [&](QString &ref) {
        if (ref == from)
            ref = to;
    };
    for (model::Profile &p : study.profiles)
        rename(p.id);
    for (model::PowerSystem &ps : study.powerSystems) {
        for (model::Zone &z : ps.zones)
            rename(z.demandProfile);
        for (model::Border &b : ps.borders) {
            rename(b.forwardProfile);
            rename(b.backwardProfile);
        }
        for (model::RenewableUnit &u : ps.renewables)
            rename(u.profile);
        for (model::StorageUnit &s : ps.storage)
            rename(s.inflowProfile);
    }
}

} // namespace

QString powerSystemTableName(PowerSystemTable table)
{
    switch (table) {
    case PowerSystemTable::Zones:
        return PsTr::tr("Zones");
    case PowerSystemTable::Borders:
        return PsTr::tr("Borders");
    case PowerSystemTable::Thermal:
        return PsTr::tr("Thermal clusters");
    case PowerSystemTable::Renewables:
        return PsTr::tr("Renewables");
    case PowerSystemTable::Storage:
        return PsTr::tr("Storage and hydro");
    case PowerSystemTable::Dsr:
        return PsTr::tr("Demand response");
    }
    return {};
}

QString powerSystemTableKey(PowerSystemTable table)
{
    switch (table) {
    case PowerSystemTable::Zones:
        return QStringLiteral("zones");
    case PowerSystemTable::Borders:
        return QStringLiteral("borders");
    case PowerSystemTable::Thermal:
        return QStringLiteral("thermal");
    case PowerSystemTable::Renewables:
        return QStringLiteral("renewables");
    case PowerSystemTable::Storage:
        return QStringLiteral("storage");
    case PowerSystemTable::Dsr:
        return QStringLiteral("dsr");
    }
    return {};
}

TableAdapterPtr makePowerSystemAdapter(const model::Study &, PowerSystemTable table,
                                       const QString &scenarioId, int year)
{
    //: %1 table ("Thermal clusters"), %2 scenario id, %3 study year
    const QString title =
        PsTr::tr("%1 of %2 %3").arg(powerSystemTableName(table), scenarioId).arg(year);
    switch (table) {
    case PowerSystemTable::Zones:
        return zonesAdapter(title, scenarioId, year);
    case PowerSystemTable::Borders:
        return bordersAdapter(title, scenarioId, year);
    case PowerSystemTable::Thermal:
        return thermalAdapter(title, scenarioId, year);
    case PowerSystemTable::Renewables:
        return renewablesAdapter(title, scenarioId, year);
    case PowerSystemTable::Storage:
        return storageAdapter(title, scenarioId, year);
    case PowerSystemTable::Dsr:
        return dsrAdapter(title, scenarioId, year);
    }
    return {};
}

QStringList powerSystemWarnings(const model::Study &study, const QString &scenarioId, int year,
                                PowerSystemTable table)
{
    int index = -1;
    for (size_t i = 0; i < study.powerSystems.size(); ++i)
        if (study.powerSystems[i].scenarioId == scenarioId && study.powerSystems[i].year == year)
            index = int(i);
    if (index < 0)
        return {};
    const TableAdapterPtr adapter = makePowerSystemAdapter(study, table, scenarioId, year);
    const std::vector<TableColumn> columns = adapter->columns();
    const QString prefix =
        QStringLiteral("powerSystems/%1/%2/").arg(index).arg(powerSystemTableKey(table));
    QStringList warnings;
    for (const model::ValidationIssue &issue : model::validate(study)) {
        if (!issue.path.startsWith(prefix))
            continue;
        // "<row>/<field>" or "<row>/pollutantKgPerMwhFuel/<key>", or "<row>" for the row.
        const QStringList parts = issue.path.mid(prefix.size()).split(u'/');
        const int row = parts.value(0).toInt() + 1;
        QString key = parts.value(1);
        if (key == QLatin1String("pollutantKgPerMwhFuel"))
            key = parts.value(2) + QStringLiteral("KgPerMwhFuel");
        const auto c = std::find_if(columns.begin(), columns.end(),
                                    [&](const TableColumn &col) { return col.key == key; });
        if (c == columns.end())
            warnings << PsTr::tr("Row %1: %2").arg(row).arg(issue.message);
        else
            warnings << PsTr::tr("Row %1, %2: %3").arg(row).arg(c->header, issue.message);
    }
    return warnings;
}

model::Study withPowerSystem(const model::Study &study, const QString &scenarioId, int year,
                             const model::PowerSystem *from)
{
    model::Study after = study;
    if (after.powerSystem(scenarioId, year))
        return after;
    model::PowerSystem ps = from ? *from : model::PowerSystem{};
    ps.scenarioId = scenarioId;
    ps.year = year;
    after.powerSystems.push_back(std::move(ps));
    return after;
}

model::Study withPowerSystemRemoved(const model::Study &study, const QString &scenarioId, int year)
{
    model::Study after = study;
    std::erase_if(after.powerSystems, [&](const model::PowerSystem &ps) {
        return ps.scenarioId == scenarioId && ps.year == year;
    });
    return after;
}

// --- ProfilesAdapter --------------------------------------------------------------------

QString ProfilesAdapter::title() const
{
    return tr("Profiles");
}

std::vector<TableColumn> ProfilesAdapter::columns() const
{
    TableColumn id = column(QStringLiteral("id"), tr("Profile"),
                            tr("Id the power systems refer to (“load_DE”, “pv_ES”). Renaming "
                               "it renames it in every climate year and every power system."),
                            ColumnType::Text);
    TableColumn climate =
        column(QStringLiteral("climateYear"), tr("Climate year"),
               tr("Weather year the values belong to; 0: the same in every climate year (an "
                  "hourly NTC pattern, a flat profile)."),
               ColumnType::Integer);
    auto stat = [](const QString &key, const QString &header, const QString &tip) {
        TableColumn c = column(key, header, tip, ColumnType::Real, 3);
        c.readOnly = true;
        return c;
    };
    return {id, climate,
            stat(QStringLiteral("mean"), tr("Mean"),
                 tr("Mean of the 8,760 hourly values: about 1 for relative demand and inflow, "
                    "the capacity factor for renewables.")),
            stat(QStringLiteral("min"), tr("Min"), tr("Smallest hourly value.")),
            stat(QStringLiteral("max"), tr("Max"), tr("Largest hourly value."))};
}

int ProfilesAdapter::rowCount(const model::Study &study) const
{
    return int(study.profiles.size());
}

QVariant ProfilesAdapter::value(const model::Study &study, int row, int column) const
{
    if (row < 0 || row >= int(study.profiles.size()))
        return {};
    const model::Profile &p = study.profiles[size_t(row)];
    switch (column) {
    case Id:
        return p.id;
    case ClimateYear:
        return p.climateYear;
    case Mean:
        return io::profileStats(p).mean;
    case Min:
        return io::profileStats(p).min;
    case Max:
        return io::profileStats(p).max;
    }
    return {};
}

QString ProfilesAdapter::setValue(model::Study &study, int row, int column,
                                  const QVariant &value) const
{
    if (row < 0 || row >= int(study.profiles.size()))
        return tr("Row %1 of the profiles no longer exists").arg(row + 1);
    model::Profile &p = study.profiles[size_t(row)];
    switch (column) {
    case Id: {
        const QString id = value.toString().trimmed();
        if (id.isEmpty())
            return tr("Profile must not be empty");
        if (id == p.id)
            return {};
        if (std::any_of(study.profiles.begin(), study.profiles.end(),
                        [&](const model::Profile &o) { return o.id == id; }))
            return tr("Profile “%1” already exists; delete it first or choose another id").arg(id);
        renameProfile(study, QString(p.id), id);
        return {};
    }
    case ClimateYear: {
        const int year = value.toInt();
        if (year != 0 && (year < kMinYear || year > kMaxYear))
            return tr("Climate year must be 0 (every climate year) or between %1 and %2")
                .arg(kMinYear)
                .arg(kMaxYear);
        for (size_t i = 0; i < study.profiles.size(); ++i)
            if (int(i) != row && study.profiles[i].id == p.id &&
                study.profiles[i].climateYear == year)
                return tr("Profile “%1” already has climate year %2").arg(p.id).arg(year);
        p.climateYear = year;
        return {};
    }
    default:
        return tr("%1 is computed from the hourly values and cannot be edited")
            .arg(columns()[size_t(column)].header);
    }
}

void ProfilesAdapter::insertRow(model::Study &study, int row) const
{
    model::Profile p;
    p.id = freeId(study.profiles, QStringLiteral("profile"));
    p.values.assign(model::kHoursPerYear, 1.0);
    insertAt(study.profiles, row, std::move(p));
}

void ProfilesAdapter::removeRow(model::Study &study, int row) const
{
    if (row >= 0 && row < int(study.profiles.size()))
        study.profiles.erase(study.profiles.begin() + row);
}

QStringList ProfilesAdapter::checkTable(const model::Study &study) const
{
    QStringList problems;
    QSet<QString> keys;
    for (size_t i = 0; i < study.profiles.size(); ++i) {
        const model::Profile &p = study.profiles[i];
        const QString key = p.id + u'|' + QString::number(p.climateYear);
        if (keys.contains(key))
            problems << tr("Row %1: profile “%2” is given twice for climate year %3")
                            .arg(i + 1)
                            .arg(p.id)
                            .arg(p.climateYear);
        keys.insert(key);
    }
    return problems;
}

model::Study withProfiles(const model::Study &study, const std::vector<model::Profile> &profiles)
{
    model::Study after = study;
    for (const model::Profile &p : profiles) {
        const auto it = std::find_if(after.profiles.begin(), after.profiles.end(),
                                     [&](const model::Profile &o) {
                                         return o.id == p.id && o.climateYear == p.climateYear;
                                     });
        if (it != after.profiles.end())
            *it = p;
        else
            after.profiles.push_back(p);
    }
    return after;
}

// --- MarketSettingsAdapter --------------------------------------------------------------

QString MarketSettingsAdapter::title() const
{
    return tr("Market model settings");
}

std::vector<TableColumn> MarketSettingsAdapter::columns() const
{
    TableColumn hurdle =
        column(QStringLiteral("hurdleCostEurPerMwh"), tr("Hurdle cost (€/MWh)"),
               tr("Cost added to every MWh crossing a border, so that flows are not arbitrary "
                  "where prices are equal (methodology §5: 0.01 €/MWh). Not part of B1."),
               ColumnType::Real, 3);
    TableColumn years = column(
        QStringLiteral("adequacyYearsPerClimateYear"), tr("Monte Carlo years per climate year"),
        tr("Years of random forced outages drawn per climate year for adequacy (B6); 0 "
           "skips the Monte Carlo."),
        ColumnType::Integer);
    TableColumn seed = column(QStringLiteral("adequacySeed"), tr("Seed"),
                              tr("Seed of the forced-outage draws: the same seed gives the same "
                                 "B6 on every machine."),
                              ColumnType::Text);
    TableColumn primal = column(QStringLiteral("primalTolerance"), tr("Primal tolerance"),
                                tr("Clp's primal feasibility tolerance, 1e-12 to 1e-5, the same "
                                   "in every run (B1 is a small difference of large costs)."),
                                ColumnType::Text);
    TableColumn dual =
        column(QStringLiteral("dualTolerance"), tr("Dual tolerance"),
               tr("Clp's dual feasibility tolerance, 1e-12 to 1e-5."), ColumnType::Text);
    return {hurdle, years, seed, primal, dual};
}

QVariant MarketSettingsAdapter::value(const model::Study &study, int row, int column) const
{
    if (row != 0)
        return {};
    const model::MarketSettings &m = study.market;
    switch (column) {
    case HurdleCost:
        return m.hurdleCostEurPerMwh;
    case AdequacyYears:
        return m.adequacyYearsPerClimateYear;
    case Seed:
        return QString::number(m.adequacySeed);
    case PrimalTolerance:
        return QString::number(m.primalTolerance, 'g', 6);
    case DualTolerance:
        return QString::number(m.dualTolerance, 'g', 6);
    }
    return {};
}

QString MarketSettingsAdapter::setValue(model::Study &study, int row, int column,
                                        const QVariant &value) const
{
    if (row != 0)
        return tr("The settings have one row");
    model::MarketSettings &m = study.market;
    switch (column) {
    case HurdleCost:
        if (value.toDouble() < 0.0)
            return tr("Hurdle cost must be 0 €/MWh or more");
        m.hurdleCostEurPerMwh = value.toDouble();
        return {};
    case AdequacyYears:
        if (value.toInt() < 0 || value.toInt() > kMaxUnits)
            return tr("Monte Carlo years per climate year must be between 0 and %1").arg(kMaxUnits);
        m.adequacyYearsPerClimateYear = value.toInt();
        return {};
    case Seed: {
        bool ok = false;
        const quint64 seed = value.toString().trimmed().toULongLong(&ok);
        if (!ok)
            return tr("Seed must be a whole number 0 or more, not “%1”").arg(value.toString());
        m.adequacySeed = seed;
        return {};
    }
    case PrimalTolerance:
    case DualTolerance: {
        bool ok = false;
        const double t = QLocale::c().toDouble(value.toString().trimmed(), &ok);
        const QString what =
            column == PrimalTolerance ? tr("Primal tolerance") : tr("Dual tolerance");
        if (!ok || !(t >= 1e-12 && t <= 1e-5))
            return tr("%1 must be a number between 1e-12 and 1e-5, not “%2”")
                .arg(what, value.toString());
        (column == PrimalTolerance ? m.primalTolerance : m.dualTolerance) = t;
        return {};
    }
    }
    return {};
}

} // namespace gridcba::ui
