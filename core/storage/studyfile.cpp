#include "studyfile.h"

#include "contentdigest.h"
#include "model/validation.h"
#include "powersystemstore.h"
#include "schema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace gridcba::storage {

using namespace model;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StudyFile)
};

// An enumeration stored by its key; an unknown key is a read problem (noted on the database)
// rather than silently the default.
template <typename E>
E keyOf(const Statement &st, int col, std::optional<E> (*parse)(const QString &), E fallback,
        const char *allowed)
{
    if (const std::optional<E> e = parse(st.text(col)))
        return *e;
    //: %1 lists the allowed values
    st.noteBadValue(col, Tr::tr("not one of %1").arg(QLatin1String(allowed)));
    return fallback;
}

std::optional<Pollutant> pollutantOf(const Statement &st, int col)
{
    const std::optional<Pollutant> p = pollutantFromKey(st.text(col));
    if (!p)
        st.noteBadValue(col, Tr::tr("not a pollutant (nox, nh3, sox, pm25, pm10 or nmvoc)"));
    return p;
}

// ---- saving ----------------------------------------------------------------------------

bool writeScenarios(const Database &db, const Study &s, QString *error)
{
    Statement sc(db, "INSERT INTO scenario VALUES (?,?,?,?,?)");
    Statement cy(db, "INSERT INTO climate_year VALUES (?,?,?,?)");
    Statement sy(db, "INSERT INTO study_year VALUES (?,?,?,?,?,?,?,?)");
    Statement dc(db, "INSERT INTO damage_cost VALUES (?,?,?,?)");
    Statement fp(db, "INSERT INTO fuel_price VALUES (?,?,?,?)");
    for (std::size_t i = 0; i < s.scenarios.size(); ++i) {
        const Scenario &x = s.scenarios[i];
        if (!sc.bind(0, x.id).bind(1, int(i)).bind(2, x.name).bind(3, x.description)
                 .bind(4, x.priceYear).run(error))
            return false;
        for (std::size_t k = 0; k < x.climateYears.size(); ++k)
            if (!cy.bind(0, x.id).bind(1, int(k)).bind(2, x.climateYears[k].year)
                     .bind(3, x.climateYears[k].weight).run(error))
                return false;
        for (const StudyYear &y : x.studyYears) {
            if (!sy.bind(0, x.id).bind(1, y.year).bind(2, y.marketCo2PriceEurPerT)
                     .bind(3, y.sccLowEurPerT).bind(4, y.sccCentralEurPerT)
                     .bind(5, y.sccHighEurPerT).bind(6, y.vollEurPerMwh)
                     .bind(7, y.reserveCostEurPerMwYear).run(error))
                return false;
            for (const auto &[p, v] : y.damageCostEurPerT)
                if (!dc.bind(0, x.id).bind(1, y.year).bind(2, pollutantKey(p)).bind(3, v).run(error))
                    return false;
            for (const auto &[fuel, v] : y.fuelPriceEurPerMwh)
                if (!fp.bind(0, x.id).bind(1, y.year).bind(2, fuel).bind(3, v).run(error))
                    return false;
        }
    }
    return true;
}

bool writeInvestments(const Database &db, const Project &p, QString *error)
{
    Statement inv(db, "INSERT INTO investment(project_id, id, position, name, asset_type, "
                      "lifetime_years, price_year, lump_central_eur, construction_years, "
                      "opex_eur_per_year, opex_share_of_capex, decommissioning_eur, lump_low_eur, "
                      "lump_high_eur) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Statement cx(db, "INSERT INTO capex(project_id, investment_id, position, year, central_eur, "
                     "low_eur, high_eur) VALUES (?,?,?,?,?,?,?)");
    for (std::size_t i = 0; i < p.investments.size(); ++i) {
        const Investment &v = p.investments[i];
        if (!inv.bind(0, p.id).bind(1, v.id).bind(2, int(i)).bind(3, v.name).bind(4, v.assetType)
                 .bind(5, v.technicalLifetimeYears).bind(6, v.priceYear)
                 .bind(7, v.capexLumpSum.centralEur).bind(8, v.constructionYears)
                 .bind(9, v.opexEurPerYear).bind(10, v.opexShareOfCapex)
                 .bind(11, v.decommissioningEur).bind(12, v.capexLumpSum.lowEur)
                 .bind(13, v.capexLumpSum.highEur).run(error))
            return false;
        for (std::size_t k = 0; k < v.capex.size(); ++k) {
            const CapexYear &c = v.capex[k];
            if (!cx.bind(0, p.id).bind(1, v.id).bind(2, int(k)).bind(3, c.year)
                     .bind(4, c.centralEur).bind(5, c.lowEur).bind(6, c.highEur).run(error))
                return false;
        }
    }
    return true;
}

bool writeInputs(const Database &db, const Project &p, QString *error)
{
    Statement in(db, "INSERT INTO indicator_input VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Statement pol(db, "INSERT INTO input_pollutant VALUES (?,?,?,?,?)");
    Statement oth(db, "INSERT INTO other_benefit VALUES (?,?,?,?,?,?,?)");
    for (std::size_t i = 0; i < p.indicatorInputs.size(); ++i) {
        const IndicatorInput &x = p.indicatorInputs[i];
        const QString origin = inputOriginKey(x.origin);
        if (!in.bind(0, p.id).bind(1, int(i)).bind(2, x.scenarioId).bind(3, x.year)
                 .bind(4, origin).bind(5, x.source).bind(6, x.b1Eur).bind(7, x.b2Co2T)
                 .bind(8, x.b3CurtailmentMwh).bind(9, x.b3ResConnectedMw).bind(10, x.b5LossMwh)
                 .bind(11, x.b5Eur).bind(12, x.b6EensMwh).bind(13, x.b6LoleHours)
                 .bind(14, x.b9ReserveMw).run(error))
            return false;
        for (const auto &[pollutant, t] : x.b4PollutantT)
            if (!pol.bind(0, p.id).bind(1, x.scenarioId).bind(2, x.year)
                     .bind(3, pollutantKey(pollutant)).bind(4, t).run(error))
                return false;
        for (std::size_t k = 0; k < x.other.size(); ++k)
            if (!oth.bind(0, p.id).bind(1, x.scenarioId).bind(2, x.year).bind(3, int(k))
                     .bind(4, x.other[k].name).bind(5, x.other[k].eurPerYear)
                     .bind(6, x.other[k].inNpv ? 1 : 0).run(error))
                return false;
    }
    return true;
}

bool writeProjects(const Database &db, const Study &s, QString *error)
{
    Statement pr(db, "INSERT INTO project(id, position, name, description, kind, "
                     "commissioning_year, benefit_price_year, reference_grid_from_year) "
                     "VALUES (?,?,?,?,?,?,?,?)");
    Statement bc(db, "INSERT INTO border_change VALUES (?,?,?,?,?,?)");
    Statement cs(db, "INSERT INTO cost_share VALUES (?,?,?)");
    Statement q(db, "INSERT INTO qualitative VALUES (?,?,?,?,?)");
    for (std::size_t i = 0; i < s.projects.size(); ++i) {
        const Project &p = s.projects[i];
        if (!pr.bind(0, p.id).bind(1, int(i)).bind(2, p.name).bind(3, p.description)
                 .bind(4, projectKindKey(p.kind)).bind(5, p.commissioningYear)
                 .bind(6, p.benefitPriceYear).bind(7, p.referenceGridFromYear).run(error))
            return false;
        if (!writeInvestments(db, p, error))
            return false;
        for (std::size_t k = 0; k < p.borders.size(); ++k) {
            const BorderCapacityChange &b = p.borders[k];
            if (!bc.bind(0, p.id).bind(1, int(k)).bind(2, b.fromZone).bind(3, b.toZone)
                     .bind(4, b.forwardMw).bind(5, b.backwardMw).run(error))
                return false;
        }
        for (const auto &[country, share] : p.costShares)
            if (!cs.bind(0, p.id).bind(1, country).bind(2, share).run(error))
                return false;
        if (!writeInputs(db, p, error))
            return false;
        for (std::size_t k = 0; k < p.qualitative.size(); ++k) {
            const QualitativeIndicator &x = p.qualitative[k];
            if (!q.bind(0, p.id).bind(1, int(k)).bind(2, x.id).bind(3, x.score)
                     .bind(4, x.justification).run(error))
                return false;
        }
    }
    return true;
}

bool writeRuns(const Database &db, const Study &s, QString *error)
{
    Statement run(db, "INSERT INTO analysis_run VALUES (?,?,?,?,?,?,?,?)");
    for (const AnalysisRun &r : s.analysisRuns)
        if (!run.bind(0, r.id).bind(1, r.kind).bind(2, r.projectId).bind(3, r.name)
                 .bind(4, r.createdUtc).bind(5, r.softwareVersion)
                 .bind(6, QString::fromUtf8(r.definitionJson))
                 .bind(7, QString::fromUtf8(r.resultsJson)).run(error))
            return false;
    return true;
}

bool writeStudy(const Database &db, const Study &s, QString *error)
{
    const EconomicParameters &e = s.economics;
    Statement st(db, "INSERT INTO study VALUES (1,?,?,?,?,?,?,?,?,?)");
    if (!st.bind(0, s.name).bind(1, s.description).bind(2, e.priceBaseYear)
             .bind(3, e.discountRate).bind(4, e.discountingYear).bind(5, e.operatingYears)
             .bind(6, residualValueKey(e.residualValue)).bind(7, bcRatioKey(e.bcRatio))
             .bind(8, e.firstYearFraction).run(error))
        return false;
    Statement df(db, "INSERT INTO deflator VALUES (?,?)");
    for (const auto &[year, index] : e.deflator)
        if (!df.bind(0, year).bind(1, index).run(error))
            return false;
    Statement meta(db, "INSERT OR REPLACE INTO meta VALUES (?,?)");
    if (!meta.bind(0, QStringLiteral("application")).bind(1, QStringLiteral("GridCBA")).run(error) ||
        !meta.bind(0, QStringLiteral("saved_with")).bind(1, QStringLiteral(GRIDCBA_VERSION))
             .run(error))
        return false;
    return writeScenarios(db, s, error) && writeProjects(db, s, error) && writeRuns(db, s, error)
           && writeMarketParts(db, s, error);
}

// ---- loading ---------------------------------------------------------------------------

bool readScenarios(const Database &db, Study &s)
{
    Statement sc(db, "SELECT id, name, description, price_year FROM scenario ORDER BY position");
    while (sc.next()) {
        Scenario x;
        x.id = sc.text(0);
        x.name = sc.text(1);
        x.description = sc.text(2);
        x.priceYear = sc.integer(3);
        Statement cy(db, "SELECT year, weight FROM climate_year WHERE scenario_id=? ORDER BY position");
        cy.bind(0, x.id);
        while (cy.next())
            x.climateYears.push_back({cy.integer(0), cy.real(1)});
        Statement sy(db, "SELECT year, market_co2_price, scc_low, scc_central, scc_high, voll, "
                         "reserve_cost FROM study_year WHERE scenario_id=? ORDER BY year");
        sy.bind(0, x.id);
        while (sy.next()) {
            StudyYear y;
            y.year = sy.integer(0);
            y.marketCo2PriceEurPerT = sy.real(1);
            y.sccLowEurPerT = sy.real(2);
            y.sccCentralEurPerT = sy.real(3);
            y.sccHighEurPerT = sy.real(4);
            y.vollEurPerMwh = sy.real(5);
            y.reserveCostEurPerMwYear = sy.real(6);
            Statement dc(db, "SELECT pollutant, eur_per_t FROM damage_cost WHERE scenario_id=? AND year=?");
            dc.bind(0, x.id).bind(1, y.year);
            while (dc.next())
                if (auto p = pollutantOf(dc, 0))
                    y.damageCostEurPerT[*p] = dc.real(1);
            Statement fp(db, "SELECT fuel, eur_per_mwh FROM fuel_price WHERE scenario_id=? AND year=?");
            fp.bind(0, x.id).bind(1, y.year);
            while (fp.next())
                y.fuelPriceEurPerMwh[fp.text(0)] = fp.real(1);
            x.studyYears.push_back(y);
        }
        s.scenarios.push_back(x);
    }
    return !sc.failed();
}

void readInvestments(const Database &db, Project &p)
{
    Statement inv(db, "SELECT id, name, asset_type, lifetime_years, price_year, lump_central_eur, "
                      "lump_low_eur, lump_high_eur, construction_years, opex_eur_per_year, "
                      "opex_share_of_capex, decommissioning_eur FROM investment "
                      "WHERE project_id=? ORDER BY position");
    inv.bind(0, p.id);
    while (inv.next()) {
        Investment v;
        v.id = inv.text(0);
        v.name = inv.text(1);
        v.assetType = inv.text(2);
        v.technicalLifetimeYears = inv.integer(3);
        v.priceYear = inv.integer(4);
        v.capexLumpSum = {0, inv.real(5), inv.real(6), inv.real(7)};
        v.constructionYears = inv.integer(8);
        v.opexEurPerYear = inv.real(9);
        v.opexShareOfCapex = inv.real(10);
        v.decommissioningEur = inv.real(11);
        Statement cx(db, "SELECT year, central_eur, low_eur, high_eur FROM capex "
                         "WHERE project_id=? AND investment_id=? ORDER BY position");
        cx.bind(0, p.id).bind(1, v.id);
        while (cx.next())
            v.capex.push_back({cx.integer(0), cx.real(1), cx.real(2), cx.real(3)});
        p.investments.push_back(v);
    }
}

void readInputs(const Database &db, Project &p)
{
    Statement in(db, "SELECT scenario_id, year, origin, source, b1_eur, b2_co2_t, "
                     "b3_curtailment_mwh, b3_res_connected_mw, b5_loss_mwh, b5_eur, b6_eens_mwh, "
                     "b6_lole_hours, b9_reserve_mw FROM indicator_input WHERE project_id=? "
                     "ORDER BY position");
    in.bind(0, p.id);
    while (in.next()) {
        IndicatorInput x;
        x.scenarioId = in.text(0);
        x.year = in.integer(1);
        x.origin = keyOf(in, 2, inputOriginFromKey, InputOrigin::Entered, "entered, computed");
        x.source = in.text(3);
        x.b1Eur = in.optionalReal(4);
        x.b2Co2T = in.optionalReal(5);
        x.b3CurtailmentMwh = in.optionalReal(6);
        x.b3ResConnectedMw = in.optionalReal(7);
        x.b5LossMwh = in.optionalReal(8);
        x.b5Eur = in.optionalReal(9);
        x.b6EensMwh = in.optionalReal(10);
        x.b6LoleHours = in.optionalReal(11);
        x.b9ReserveMw = in.optionalReal(12);
        Statement pol(db, "SELECT pollutant, tonnes FROM input_pollutant WHERE project_id=? AND "
                          "scenario_id=? AND year=?");
        pol.bind(0, p.id).bind(1, x.scenarioId).bind(2, x.year);
        while (pol.next())
            if (auto k = pollutantOf(pol, 0))
                x.b4PollutantT[*k] = pol.real(1);
        Statement oth(db, "SELECT name, eur_per_year, in_npv FROM other_benefit WHERE "
                          "project_id=? AND scenario_id=? AND year=? ORDER BY position");
        oth.bind(0, p.id).bind(1, x.scenarioId).bind(2, x.year);
        while (oth.next())
            x.other.push_back({oth.text(0), oth.real(1), oth.integer(2) != 0});
        p.indicatorInputs.push_back(x);
    }
}

bool readProjects(const Database &db, Study &s)
{
    Statement pr(db, "SELECT id, name, description, kind, commissioning_year, benefit_price_year, "
                     "reference_grid_from_year FROM project ORDER BY position");
    while (pr.next()) {
        Project p;
        p.id = pr.text(0);
        p.name = pr.text(1);
        p.description = pr.text(2);
        p.kind = keyOf(pr, 3, projectKindFromKey, ProjectKind::Other,
                       "interconnector, internal, storage, other");
        p.commissioningYear = pr.integer(4);
        p.benefitPriceYear = pr.integer(5);
        p.referenceGridFromYear = pr.optionalInteger(6);
        readInvestments(db, p);
        Statement bc(db, "SELECT from_zone, to_zone, forward_mw, backward_mw FROM border_change "
                         "WHERE project_id=? ORDER BY position");
        bc.bind(0, p.id);
        while (bc.next())
            p.borders.push_back({bc.text(0), bc.text(1), bc.real(2), bc.real(3)});
        Statement cs(db, "SELECT country, share FROM cost_share WHERE project_id=?");
        cs.bind(0, p.id);
        while (cs.next())
            p.costShares[cs.text(0)] = cs.real(1);
        readInputs(db, p);
        Statement q(db, "SELECT indicator_id, score, justification FROM qualitative "
                        "WHERE project_id=? ORDER BY position");
        q.bind(0, p.id);
        while (q.next())
            p.qualitative.push_back({q.text(0), q.text(1), q.text(2)});
        s.projects.push_back(p);
    }
    return !pr.failed();
}

bool readStudy(const Database &db, Study &s, QString *error)
{
    Statement st(db, "SELECT name, description, price_base_year, discount_rate, discounting_year, "
                     "operating_years, residual_value, bc_ratio, first_year_fraction FROM study");
    if (!st.next()) {
        if (error)
            *error = Tr::tr("the study table is empty or unreadable");
        return false;
    }
    s.name = st.text(0);
    s.description = st.text(1);
    EconomicParameters &e = s.economics;
    e.priceBaseYear = st.integer(2);
    e.discountRate = st.real(3);
    e.discountingYear = st.integer(4);
    e.operatingYears = st.integer(5);
    e.residualValue = keyOf(st, 6, residualValueFromKey, ResidualValueMethod::None, "none, linear");
    e.bcRatio = keyOf(st, 7, bcRatioFromKey, BcRatioDefinition::BenefitsOverCosts,
                      "benefitsOverCosts, netOfOpex");
    e.firstYearFraction = st.real(8);
    Statement df(db, "SELECT year, price_index FROM deflator ORDER BY year");
    while (df.next())
        e.deflator[df.integer(0)] = df.real(1);
    Statement runs(db, "SELECT id, kind, project_id, name, created_utc, software_version, "
                       "definition_json, results_json FROM analysis_run ORDER BY id");
    while (runs.next())
        s.analysisRuns.push_back({runs.integer(0), runs.text(1), runs.text(2), runs.text(3),
                                  runs.text(4), runs.text(5), runs.text(6).toUtf8(),
                                  runs.text(7).toUtf8()});
    if (runs.failed() || !readScenarios(db, s) || !readProjects(db, s) || !readMarketParts(db, s)) {
        if (error)
            *error = Tr::tr("cannot read the study: %1")
                         .arg(db.readProblem().isEmpty() ? db.lastError() : db.readProblem());
        return false;
    }
    if (!db.readProblem().isEmpty()) {
        if (error)
            //: %1 names the table and column of the file and the value found
            *error = Tr::tr("the file is damaged or was edited outside GridCBA: %1")
                         .arg(db.readProblem());
        return false;
    }
    return true;
}

// The size an SQLite file must have by its header (https://sqlite.org/fileformat.html §1.3):
// the page size at offset 16 (1 meaning 65536) times the page count at offset 28, the count
// being valid when the change counter (24) equals the version-valid-for number (92). A file
// cut short can otherwise still read, when what was cut held no data: such a file is
// refused all the same, since it is not what was saved.
std::optional<qint64> expectedFileSize(const QByteArray &bytes)
{
    if (bytes.size() < 100)
        return std::nullopt;
    const auto *h = reinterpret_cast<const uchar *>(bytes.constData());
    const quint16 rawPageSize = qFromBigEndian<quint16>(h + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const quint32 pageCount = qFromBigEndian<quint32>(h + 28);
    const bool countValid = qFromBigEndian<quint32>(h + 24) == qFromBigEndian<quint32>(h + 92);
    if (pageSize < 512 || !countValid || pageCount == 0)
        return std::nullopt;
    return pageSize * qint64(pageCount);
}

}  // namespace

bool looksLikeStudyFile(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArrayLiteral("SQLite format 3\0"));
}

LoadResult loadStudyFromBytes(const QByteArray &bytes, const QString &name, Validation validation)
{
    LoadResult result;
    auto fail = [&](const QString &message) {
        result.error = name + QStringLiteral(": ") + message;
        return result;
    };
    if (bytes.isEmpty())
        return fail(Tr::tr("the file is empty"));
    if (!looksLikeStudyFile(bytes))
        return fail(Tr::tr("not a GridCBA study (not an SQLite database)"));
    if (const std::optional<qint64> expected = expectedFileSize(bytes);
        expected && *expected != bytes.size())
        //: %1 and %2 are sizes in bytes
        return fail(Tr::tr("the file is damaged or truncated: it holds %1 bytes where its header "
                           "says %2. Open a backup copy, or the autosaved copy if GridCBA offers "
                           "one")
                        .arg(bytes.size())
                        .arg(*expected));
    Database db;
    QString error;
    if (!db.openCopyOf(bytes, &error))
        return fail(Tr::tr("cannot read the database: %1").arg(error));
    {
        Statement check(db, "PRAGMA integrity_check");
        if (!check.next() || check.text(0) != QLatin1String("ok"))
            return fail(Tr::tr("the file is damaged or truncated (SQLite integrity check "
                                       "failed: %1)")
                            .arg(check.ok() ? check.text(0) : db.lastError()));
    }
    const std::optional<int> version = schemaVersion(db);
    if (!version || *version == 0)
        return fail(Tr::tr("not a GridCBA study: it has no schema version"));
    // A newer GridCBA's file is refused as such by migrate(), whatever its checksum.
    if (*version <= kSchemaVersion && !verifyContentDigest(db, &error))
        return fail(error);
    result.fileSchemaVersion = *version;
    if (!migrate(db, kSchemaVersion, &error))
        return fail(error);
    Study study;
    if (!readStudy(db, study, &error))
        return fail(error);
    const auto issues = validate(study);
    if (!issues.empty()) {
        if (validation == Validation::Refuse)
            //: Followed by one line per problem
            return fail(Tr::tr("the study holds values GridCBA cannot evaluate:\n") +
                        formatIssues(issues));
        for (const ValidationIssue &issue : issues)
            result.issues << issue.path + QStringLiteral(": ") + issue.message;
    }
    result.study = std::move(study);
    return result;
}

LoadResult loadStudy(const QString &path, Validation validation)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        LoadResult result;
        //: %1 is the file name, %2 the system error
        result.error = Tr::tr("%1: cannot open: %2").arg(path, file.errorString());
        return result;
    }
    return loadStudyFromBytes(file.readAll(), path, validation);
}

std::optional<QByteArray> serializeStudy(const Study &study, QString *error)
{
    Database db;
    if (!db.openMemory(error) || !migrate(db, kSchemaVersion, error) || !db.exec("BEGIN", error))
        return std::nullopt;
    if (!writeStudy(db, study, error) || !storeContentDigest(db, error)) {
        db.exec("ROLLBACK", nullptr);
        return std::nullopt;
    }
    if (!db.exec("COMMIT", error))
        return std::nullopt;
    return db.serialize(error);
}

namespace {

// QSaveFile writes a temporary file beside the study, fsyncs it and renames it over the study,
// so a crash at any moment leaves either the old or the new file whole. The rename is only
// sure to survive a power cut once the directory is synced as well, which Qt does not do.
// A failure here is no save error: every reader already sees the new file.
void syncDirectoryOf(const QString &path)
{
#ifdef Q_OS_UNIX
    // QSaveFile follows a symbolic link and replaces its target.
    const QString real = QFileInfo(path).canonicalFilePath();
    const QByteArray dir =
        QFile::encodeName(QFileInfo(real.isEmpty() ? path : real).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

} // namespace

bool writeStudyFile(const QByteArray &bytes, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = Tr::tr("%1: cannot save: %2").arg(path, file.errorString());
        return false;
    }
    syncDirectoryOf(path);
    return true;
}

bool saveStudy(const Study &study, const QString &path, QString *error)
{
    QString why;
    const std::optional<QByteArray> bytes = serializeStudy(study, &why);
    if (!bytes) {
        if (error)
            //: %1 is the file name, %2 the reason
            *error = Tr::tr("%1: cannot save: %2").arg(path, why);
        return false;
    }
    return writeStudyFile(*bytes, path, error);
}

}  // namespace gridcba::storage
