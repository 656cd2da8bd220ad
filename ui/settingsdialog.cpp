#include "settingsdialog.h"

#include "preferences.h"
#include "units.h"

#include "language.h"

#include "ui_settingsdialog.h"

#include <QMainWindow>
#include <QPushButton>

#include <algorithm>
#include <cmath>

namespace gridcba::ui {

namespace {

// The keys of preferences::numberFormat() in the order the dialog offers them.
const QString kSystem = QStringLiteral("system");
const QString kEnglish = QStringLiteral("C");
const QString kGerman = QStringLiteral("de_DE");
const QString kFrench = QStringLiteral("fr_FR");

// M€ is the default money unit (units.h).
constexpr units::Money kDefaultMoney = units::Money::MEur;

} // namespace

struct SettingsDialog::Values
{
    units::Money money = kDefaultMoney;
    QString numberFormat;
    QString language;
    double discountRate = 0.0; // fraction
    int priceBaseYear = 0;
    int discountingYear = 0;
    int operatingYears = 0;
    int autosaveMinutes = 0; // 0 = off
};

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    for (const units::Money unit : {units::Money::Eur, units::Money::KEur, units::Money::MEur}) {
        const QString name = unit == units::Money::Eur    ? tr("euros")
                             : unit == units::Money::KEur ? tr("thousand euros")
                                                          : tr("million euros");
        m_ui->moneyUnit->addItem(tr("%1 (%2)").arg(units::moneySymbol(unit), name), int(unit));
    }
    //: The number format of the desktop's language settings.
    m_ui->numberFormat->addItem(tr("System"), kSystem);
    m_ui->numberFormat->addItem(tr("English (C)"), kEnglish);
    // Language names in their own language, as language pickers show them: not translated.
    m_ui->numberFormat->addItem(QStringLiteral("Deutsch"), kGerman);
    m_ui->numberFormat->addItem(QStringLiteral("Français"), kFrench);
    connect(m_ui->numberFormat, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::showNumberPreview);
    //: %1 is the name of the language the desktop's settings lead to, e.g. "Deutsch".
    m_ui->language->addItem(
        tr("System (%1)").arg(i18n::nativeLanguageName(i18n::resolveLanguage(QString()))),
        QStringLiteral("system"));
    for (const QString &code : i18n::availableLanguages())
        m_ui->language->addItem(i18n::nativeLanguageName(code), code);
    connect(m_ui->language, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::showLanguageNote);
    connect(m_ui->buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { fill(defaultValues()); });
    fill(storedValues());
}

SettingsDialog::~SettingsDialog() = default;

SettingsDialog::Values SettingsDialog::storedValues()
{
    return {units::money(),
            preferences::numberFormat().value(),
            preferences::language().value(),
            preferences::newStudyDiscountRate().value(),
            preferences::newStudyPriceBaseYear().value(),
            preferences::newStudyDiscountingYear().value(),
            preferences::newStudyOperatingYears().value(),
            preferences::autosaveIntervalMinutes().value()};
}

SettingsDialog::Values SettingsDialog::defaultValues()
{
    return {kDefaultMoney,
            preferences::numberFormat().defaultValue(),
            preferences::language().defaultValue(),
            preferences::newStudyDiscountRate().defaultValue(),
            preferences::newStudyPriceBaseYear().defaultValue(),
            preferences::newStudyDiscountingYear().defaultValue(),
            preferences::newStudyOperatingYears().defaultValue(),
            preferences::autosaveIntervalMinutes().defaultValue()};
}

void SettingsDialog::fill(const Values &v)
{
    m_ui->moneyUnit->setCurrentIndex(m_ui->moneyUnit->findData(int(v.money)));
    m_ui->numberFormat->setCurrentIndex(std::max(0, m_ui->numberFormat->findData(v.numberFormat)));
    m_ui->language->setCurrentIndex(std::max(0, m_ui->language->findData(v.language)));
    m_ui->defaultDiscountRate->setValue(v.discountRate * 100.0);
    m_ui->defaultPriceBaseYear->setValue(v.priceBaseYear);
    m_ui->defaultDiscountingYear->setValue(v.discountingYear);
    m_ui->defaultOperatingYears->setValue(v.operatingYears);
    m_ui->autosaveInterval->setValue(v.autosaveMinutes);
    showNumberPreview();
    showLanguageNote();
}

SettingsDialog::Values SettingsDialog::filledIn() const
{
    // The spin box shows two decimals of a percentage: round the fraction to match.
    return {units::Money(m_ui->moneyUnit->currentData().toInt()),
            m_ui->numberFormat->currentData().toString(),
            m_ui->language->currentData().toString(),
            std::round(m_ui->defaultDiscountRate->value() * 100.0) / 10000.0,
            m_ui->defaultPriceBaseYear->value(),
            m_ui->defaultDiscountingYear->value(),
            m_ui->defaultOperatingYears->value(),
            m_ui->autosaveInterval->value()};
}

void SettingsDialog::showNumberPreview()
{
    const QLocale locale = numberFormatLocale(m_ui->numberFormat->currentData().toString());
    m_ui->numberPreview->setText(
        tr("Example: %1 and %2 %")
            .arg(locale.toString(1234567.89, 'f', 2), locale.toString(4.05, 'f', 2)));
}

void SettingsDialog::showLanguageNote()
{
    const QString chosen = i18n::resolveLanguage(m_ui->language->currentData().toString());
    m_ui->languageNote->setText(
        chosen == i18n::currentLanguage()
            ? QString()
            : tr("GridCBA will use %1 when it is started again.").arg(i18n::nativeLanguageName(chosen)));
}

void SettingsDialog::accept()
{
    const Values v = filledIn();
    units::setMoney(v.money);
    preferences::numberFormat().setValue(v.numberFormat);
    preferences::language().setValue(v.language);
    preferences::newStudyDiscountRate().setValue(v.discountRate);
    preferences::newStudyPriceBaseYear().setValue(v.priceBaseYear);
    preferences::newStudyDiscountingYear().setValue(v.discountingYear);
    preferences::newStudyOperatingYears().setValue(v.operatingYears);
    preferences::autosaveIntervalMinutes().setValue(v.autosaveMinutes);
    applyNumberFormatSetting();
    QDialog::accept();
}

QLocale numberFormatLocale(const QString &key)
{
    if (key == kEnglish) {
        QLocale c = QLocale::c();
        c.setNumberOptions(QLocale::DefaultNumberOptions); // C omits thousands separators
        return c;
    }
    if (key == kGerman || key == kFrench)
        return QLocale(key);
    return QLocale::system();
}

void applyNumberFormatSetting()
{
    QLocale::setDefault(numberFormatLocale(preferences::numberFormat().value()));
}

void saveWindowState(QMainWindow *window)
{
    preferences::mainWindowGeometry().setValue(window->saveGeometry());
    preferences::mainWindowState().setValue(window->saveState());
}

void restoreWindowState(QMainWindow *window)
{
    if (const QByteArray geometry = preferences::mainWindowGeometry().value(); !geometry.isEmpty())
        window->restoreGeometry(geometry);
    if (const QByteArray state = preferences::mainWindowState().value(); !state.isEmpty())
        window->restoreState(state);
}

} // namespace gridcba::ui
