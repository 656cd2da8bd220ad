#include "inputdigest.h"

#include <QCryptographicHash>

#include <cstring>

namespace gridcba::market {

namespace {

class Feed
{
public:
    void number(double v)
    {
        if (v == 0.0)
            v = 0.0;  // −0 and +0 alike
        char bytes[sizeof v];
        std::memcpy(bytes, &v, sizeof v);
        m_hash.addData(QByteArrayView(bytes, sizeof v));
    }
    void integer(qint64 v) { number(double(v)); }
    void text(const QString &s)
    {
        const QByteArray utf8 = s.toUtf8();
        integer(utf8.size());
        m_hash.addData(utf8);
    }
    void series(const std::vector<double> &values)
    {
        integer(qint64(values.size()));
        m_hash.addData(QByteArrayView(reinterpret_cast<const char *>(values.data()),
                                      qsizetype(values.size() * sizeof(double))));
    }
    QString hex() const { return QString::fromLatin1(m_hash.result().toHex()); }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

}  // namespace

QString unitInputDigest(const MarketInput &in, const ProjectVariant &variant,
                        const QString &scenarioId, int year, int climateYear)
{
    Feed f;
    f.text(QStringLiteral("gridcba-unit-input-1"));
    f.integer(kMarketModelRevision);
    f.text(scenarioId);
    f.integer(year);
    f.integer(climateYear);
    f.text(model::assessmentMethodKey(variant.method));
    f.number(in.hurdleCostEurPerMwh);

    f.integer(in.zoneCount());
    for (int z = 0; z < in.zoneCount(); ++z) {
        const auto i = std::size_t(z);
        f.text(in.zoneIds[i]);
        f.text(in.countries[i]);
        f.integer(in.euMember[i] ? 1 : 0);
        f.number(in.vollEurPerMwh[i]);
        f.series(in.demandMw[i]);
        f.series(in.renewableMw[i]);
    }
    f.integer(qint64(in.clusters.size()));
    for (const ClusterInput &c : in.clusters) {
        f.text(c.id);
        f.integer(c.zone);
        f.text(c.fuel);
        for (double v : {c.availableMw, c.plannedAvailableMw, double(c.units), c.forcedOutageRate,
                         c.meanTimeToRepairHours, c.mustRunShare, c.costEurPerMwh, c.fuelEurPerMwh,
                         c.co2TPerMwh})
            f.number(v);
        for (double v : c.pollutantTPerMwh)
            f.number(v);
    }
    for (std::size_t b = 0; b < in.borders.size(); ++b) {
        const BorderInput &bi = in.borders[b];
        const Ntc &ref = in.ntcReference[b];
        const Ntc &other = variant.ntc[b];
        if (ref.forwardMw == 0.0 && ref.backwardMw == 0.0 && other.forwardMw == 0.0
            && other.backwardMw == 0.0)
            continue;
        f.text(bi.fromId);
        f.text(bi.toId);
        f.number(bi.lossFactor);
        for (double v : {ref.forwardMw, ref.backwardMw, other.forwardMw, other.backwardMw})
            f.number(v);
        f.series(bi.forwardFactor ? *bi.forwardFactor : std::vector<double>());
        f.series(bi.backwardFactor ? *bi.backwardFactor : std::vector<double>());
    }
    f.integer(qint64(in.storage.size()));
    for (const StorageInput &s : in.storage) {
        f.text(s.id);
        f.integer(s.zone);
        for (double v : {s.chargeMw, s.dischargeMw, s.energyMwh, s.efficiency, s.initialMwh})
            f.number(v);
        f.series(s.inflowMw);
    }
    f.integer(qint64(in.dsr.size()));
    for (const DsrInput &d : in.dsr) {
        f.integer(d.zone);
        f.number(d.capacityMw);
        f.number(d.priceEurPerMwh);
    }
    return f.hex();
}

}  // namespace gridcba::market
