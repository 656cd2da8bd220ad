<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Adequacy</name>
    <message>
        <source>the adequacy dispatch of week %1 has no optimal solution (Clp status %2)</source>
        <extracomment>%1 is a week number, %2 the solver&apos;s status code</extracomment>
        <translation>die Einsatzplanung zur Versorgungssicherheit (Adequacy) in Woche %1 hat keine optimale Lösung (Clp-Status %2)</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>%1: cannot create the directory</source>
        <extracomment>%1 is a directory name</extracomment>
        <translation>%1: das Verzeichnis kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Dispatch</name>
    <message>
        <source>%1: cannot write the MPS file</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1: die MPS-Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the dispatch of week %1 has no optimal solution (Clp status %2); check that every zone can be supplied or shed</source>
        <extracomment>%1 is a week number, %2 the solver&apos;s status code</extracomment>
        <translation>die Einsatzplanung (Dispatch) in Woche %1 hat keine optimale Lösung (Clp-Status %2); prüfen Sie, ob jede Zone versorgt werden oder Last abwerfen kann</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>%1 in scenario &apos;%2&apos; is given for %3 but not for %4; enter 0 where the benefit is zero</source>
        <extracomment>%1 is an indicator such as B1, %2 a scenario id, %3 and %4 lists of years</extracomment>
        <translation>%1 ist in Szenario &apos;%2&apos; für %3 angegeben, aber nicht für %4; geben Sie 0 ein, wo der Nutzen null ist</translation>
    </message>
    <message>
        <source>no deflator index to convert %1 prices</source>
        <extracomment>%1 is a price year</extracomment>
        <translation>kein Deflatorindex, um Preise von %1 umzurechnen</translation>
    </message>
    <message>
        <source>no indicator inputs for scenario &apos;%1&apos;, study year %2; every study year of an assessed scenario needs a row</source>
        <translation>keine Indikatoreingaben für Szenario &apos;%1&apos;, Studienjahr %2; jedes Studienjahr eines bewerteten Szenarios benötigt eine Zeile</translation>
    </message>
    <message>
        <source>B6 needs a VOLL in %1; there is no default value</source>
        <translation>B6 benötigt einen VOLL in %1; es gibt keinen Standardwert</translation>
    </message>
    <message>
        <source>%1: societal cost of carbon below the market CO2 price; B2 corrects B1 downwards</source>
        <translation>%1: gesellschaftliche CO2-Kosten unter dem CO2-Marktpreis; B2 korrigiert B1 nach unten</translation>
    </message>
    <message>
        <source>B9 is given in every study year but the reserve cost (reserveCostEurPerMwYear) is set for %1 and 0 for %2; set it in every study year or in none</source>
        <translation>B9 ist in jedem Studienjahr angegeben, aber die Reservekosten (reserveCostEurPerMwYear) sind für %1 gesetzt und für %2 gleich 0; setzen Sie sie in jedem Studienjahr oder in keinem</translation>
    </message>
    <message>
        <source>investment %1: technical lifetime %2 years does not exceed the %3 years assessed; no residual value</source>
        <extracomment>%1 is an investment id, %2 and %3 numbers of years</extracomment>
        <translation>Investition %1: die technische Nutzungsdauer von %2 Jahren übersteigt die %3 bewerteten Jahre nicht; kein Restwert</translation>
    </message>
    <message>
        <source>residual value: linear, CAPEX × (T − N) / T, booked as a benefit in %1</source>
        <translation>Restwert: linear, CAPEX × (T − N) / T, als Nutzen verbucht in %1</translation>
    </message>
    <message>
        <source>project &apos;%1&apos;: %2</source>
        <extracomment>%1 is a project id, %2 the error message</extracomment>
        <translation>Projekt &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>the discounted cash flow of %1 is not a finite number (discount rate %2); check economics/discountRate and the amounts for a unit mistake</source>
        <extracomment>%1 is a year, %2 the discount rate</extracomment>
        <translation>der abgezinste Zahlungsstrom von %1 ist keine endliche Zahl (Diskontierungssatz %2); prüfen Sie economics/discountRate und die Beträge auf einen Einheitenfehler</translation>
    </message>
    <message>
        <source>the net present value is not a finite number; check the amounts for a unit mistake</source>
        <translation>der Kapitalwert ist keine endliche Zahl; prüfen Sie die Beträge auf einen Einheitenfehler</translation>
    </message>
</context>
<context>
    <name>Input</name>
    <message>
        <source>Discount rate</source>
        <translation>Diskontierungssatz</translation>
    </message>
    <message>
        <source>CAPEX</source>
        <translation>CAPEX</translation>
    </message>
    <message>
        <source>OPEX</source>
        <translation>OPEX</translation>
    </message>
    <message>
        <source>Operating years assessed (N)</source>
        <translation>Bewertete Betriebsjahre (N)</translation>
    </message>
    <message>
        <source>Commissioning delay</source>
        <translation>Verzögerung der Inbetriebnahme</translation>
    </message>
    <message>
        <source>Societal cost of carbon</source>
        <translation>Gesellschaftliche CO2-Kosten</translation>
    </message>
    <message>
        <source>Market CO2 price (B2 only, market results fixed)</source>
        <translation>CO2-Marktpreis (nur B2, Marktergebnisse fest)</translation>
    </message>
    <message>
        <source>Value of lost load</source>
        <translation>Wert der nicht gelieferten Energie</translation>
    </message>
    <message>
        <source>Socio-economic welfare B1 (proxy for fuel prices, demand, RES)</source>
        <translation>Sozioökonomische Wohlfahrt B1 (Proxy für Brennstoffpreise, Nachfrage, RES)</translation>
    </message>
    <message>
        <source>Grid losses B5</source>
        <translation>Netzverluste B5</translation>
    </message>
    <message>
        <source>Reserve cost (B9)</source>
        <translation>Reservekosten (B9)</translation>
    </message>
    <message>
        <source>Share of the first year counted</source>
        <translation>Angerechneter Anteil des ersten Jahres</translation>
    </message>
</context>
<context>
    <name>JsonFormat</name>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation>die Zeichenkette &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>unknown field (misspelt, or from a newer version of GridCBA?)</source>
        <translation>unbekanntes Feld (falsch geschrieben oder aus einer neueren Version von GridCBA?)</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>must be a string, got %1</source>
        <extracomment>%1 describes the value found, e.g. &quot;an array&quot; or a number</extracomment>
        <translation>muss eine Zeichenkette sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be a number, got %1</source>
        <translation>muss eine Zahl sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be a number or null, got %1</source>
        <translation>muss eine Zahl oder null sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be a whole number, got %1</source>
        <translation>muss eine ganze Zahl sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be true or false, got %1</source>
        <translation>muss true oder false sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be an array, got %1</source>
        <translation>muss ein Array sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation>muss ein Objekt sein, gefunden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <extracomment>%1 is the value found in the file, %2 the list of allowed values</extracomment>
        <translation>&quot;%1&quot; ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>unknown pollutant; use nox, nh3, sox, pm25, pm10 or nmvoc</source>
        <translation>unbekannter Schadstoff; verwenden Sie nox, nh3, sox, pm25, pm10 oder nmvoc</translation>
    </message>
    <message>
        <source>deflator keys are years, got &quot;%1&quot;</source>
        <translation>Deflator-Schlüssel sind Jahre, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GridCBA study (expected &quot;%2&quot;)</source>
        <translation>&quot;%1&quot; ist keine GridCBA-Studie (erwartet: &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>version %1 is newer than this GridCBA reads (%2); update GridCBA</source>
        <extracomment>%1 is the format version of the file, %2 the newest version this program reads</extracomment>
        <translation>Version %1 ist neuer als die, die diese GridCBA-Version liest (%2); aktualisieren Sie GridCBA</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>muss 1 oder größer sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>column %1: invalid JSON: %2</source>
        <extracomment>%1 is the column number, %2 the JSON parser error</extracomment>
        <translation>Spalte %1: ungültiges JSON: %2</translation>
    </message>
    <message>
        <source>a study file is a JSON object</source>
        <translation>eine Studiendatei ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <extracomment>%1 is the file name, %2 the system error</extracomment>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>(numbers must be finite and at most about 1.8e308 in size; NaN and Infinity cannot be written in JSON)</source>
        <translation>(Zahlen müssen endlich und höchstens etwa 1.8e308 groß sein; NaN und Infinity können in JSON nicht geschrieben werden)</translation>
    </message>
    <message>
        <source>must be a whole number 0..18446744073709551615 written as a string, got &quot;%1&quot;</source>
        <translation>muss eine ganze Zahl 0..18446744073709551615 sein, als Zeichenkette geschrieben, gefunden: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>MarketInput</name>
    <message>
        <source>profile &apos;%1&apos; does not exist for climate year %2 (nor for every climate year); import it or correct the name</source>
        <extracomment>%1 is a profile id, %2 a climate year</extracomment>
        <translation>Profil &apos;%1&apos; existiert nicht für Klimajahr %2 (auch nicht für alle Klimajahre); importieren Sie es oder korrigieren Sie den Namen</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has %2 values, not %3</source>
        <translation>Profil &apos;%1&apos; hat %2 Werte statt %3</translation>
    </message>
    <message>
        <source>there is no power system for scenario &apos;%1&apos;, study year %2</source>
        <extracomment>%1 is a scenario id, %2 a study year</extracomment>
        <translation>es gibt kein Stromsystem für Szenario &apos;%1&apos;, Studienjahr %2</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos; has no study year %2</source>
        <translation>Szenario &apos;%1&apos; hat kein Studienjahr %2</translation>
    </message>
    <message>
        <source>zone %1 has no VOLL and the study year %2 has none either; there is no default value</source>
        <extracomment>%1 is a zone id, %2 a study year</extracomment>
        <translation>Zone %1 hat keinen VOLL, und das Studienjahr %2 auch nicht; es gibt keinen Standardwert</translation>
    </message>
    <message>
        <source>zone &apos;%1&apos; is not a zone of this power system</source>
        <extracomment>%1 is a zone id</extracomment>
        <translation>Zone &apos;%1&apos; ist keine Zone dieses Stromsystems</translation>
    </message>
    <message>
        <source>cluster %1 burns &apos;%2&apos;, which has no fuel price in scenario &apos;%3&apos;, study year %4</source>
        <extracomment>%1 is a cluster id, %2 a fuel name, %3 a scenario id, %4 a study year</extracomment>
        <translation>Cluster %1 verfeuert &apos;%2&apos;, für den in Szenario &apos;%3&apos;, Studienjahr %4 kein Brennstoffpreis vorliegt</translation>
    </message>
    <message>
        <source>cluster %1 needs an efficiency above 0</source>
        <translation>Cluster %1 benötigt einen Wirkungsgrad über 0</translation>
    </message>
    <message>
        <source>project %1 changes no border capacity; the market model has nothing to assess</source>
        <extracomment>%1 is a project id</extracomment>
        <translation>Projekt %1 ändert keine Übertragungskapazität an Grenzen; das Marktmodell hat nichts zu bewerten</translation>
    </message>
    <message>
        <source>zone &apos;%1&apos; of project %2 is not a zone of the power system</source>
        <extracomment>%1 is a zone id, %2 a project id</extracomment>
        <translation>Zone &apos;%1&apos; von Projekt %2 ist keine Zone des Stromsystems</translation>
    </message>
    <message>
        <source>a border needs two different zones</source>
        <translation>eine Grenze benötigt zwei verschiedene Zonen</translation>
    </message>
    <message>
        <source>project %1 is assessed by TOOT in %4 but its ΔNTC on %2–%3 exceeds the reference grid&apos;s NTC there; the reference grid of %4 must include the project</source>
        <extracomment>%1 is a project id, %2/%3 zone ids, %4 a study year</extracomment>
        <translation>Projekt %1 wird in %4 mit TOOT bewertet, aber seine ΔNTC auf %2–%3 übersteigt die NTC des Referenznetzes dort; das Referenznetz von %4 muss das Projekt enthalten</translation>
    </message>
</context>
<context>
    <name>MarketResults</name>
    <message>
        <source>market result format %1 is not one this GridCBA reads (1..%2)</source>
        <extracomment>%1 is a number</extracomment>
        <translation>Marktergebnisformat %1 wird von dieser GridCBA-Version nicht gelesen (1..%2)</translation>
    </message>
    <message>
        <source>market result: method must be pint or toot</source>
        <translation>Marktergebnis: die Methode muss pint oder toot sein</translation>
    </message>
    <message>
        <source>market result: the runs do not have one entry per zone</source>
        <translation>Marktergebnis: die Läufe haben nicht genau einen Eintrag je Zone</translation>
    </message>
    <message>
        <source>market result of %1 / %2 %3 / climate year %4 is not valid JSON: %5</source>
        <translation>Marktergebnis von %1 / %2 %3 / Klimajahr %4 ist kein gültiges JSON: %5</translation>
    </message>
    <message>
        <source>GridCBA market model, %1, climate years %2; %3; %4, %5. B5 valued at hourly prices: %6 € (inside B1, not added)</source>
        <extracomment>%1 the method (PINT/TOOT), %2 the climate years with weights, %3 the solver, %4 the software version, %5 a date, %6 a money amount</extracomment>
        <translation>GridCBA-Marktmodell, %1, Klimajahre %2; %3; %4, %5. B5 bewertet zu stündlichen Preisen: %6 € (in B1 enthalten, nicht addiert)</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>&amp;Report on:</source>
        <translation>&amp;Bericht über:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>What the report covers: one project (its results, indicators, costs, sensitivity runs and cash flows) or the whole study (a summary, then every project).</source>
        <translation>Umfang des Berichts: ein Projekt (seine Ergebnisse, Indikatoren, Kosten, Sensitivitätsläufe und Zahlungsströme) oder die gesamte Studie (eine Zusammenfassung, dann jedes Projekt).</translation>
    </message>
    <message>
        <source>The paper size the report is laid out for: A4 (210 × 297 mm) or US Letter (8.5 × 11 in).</source>
        <translation>Das Papierformat, für das der Bericht gesetzt wird: A4 (210 × 297 mm) oder US Letter (8.5 × 11 in).</translation>
    </message>
</context>
<context>
    <name>RunComparison</name>
    <message>
        <source>Base NPV</source>
        <translation>Basis-Kapitalwert</translation>
    </message>
    <message>
        <source>Base B/C</source>
        <translation>Basis-B/C</translation>
    </message>
    <message>
        <source>Largest NPV swing</source>
        <translation>Größte Kapitalwert-Schwankung</translation>
    </message>
    <message>
        <source>NPV P10</source>
        <translation>Kapitalwert P10</translation>
    </message>
    <message>
        <source>NPV P50</source>
        <translation>Kapitalwert P50</translation>
    </message>
    <message>
        <source>NPV P90</source>
        <translation>Kapitalwert P90</translation>
    </message>
    <message>
        <source>NPV mean</source>
        <translation>Kapitalwert-Mittelwert</translation>
    </message>
    <message>
        <source>P(NPV &gt; 0)</source>
        <translation>P(Kapitalwert &gt; 0)</translation>
    </message>
    <message>
        <source>B/C P50</source>
        <translation>B/C P50</translation>
    </message>
    <message>
        <source>M€</source>
        <translation>M€</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Difference
(second − first)</source>
        <translation>Differenz
(zweiter − erster)</translation>
    </message>
</context>
<context>
    <name>SampleSystem</name>
    <message>
        <source>the file is missing</source>
        <translation>die Datei fehlt</translation>
    </message>
    <message>
        <source>the column &apos;%1&apos; is missing</source>
        <extracomment>%1 is a column name</extracomment>
        <translation>die Spalte &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <extracomment>%1 is a column name</extracomment>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 must be a number, got &apos;%2&apos;</source>
        <extracomment>%1 is a column name, %2 the text found</extracomment>
        <translation>%1 muss eine Zahl sein, gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, got %4</source>
        <extracomment>%1 is a column name, %2 and %3 the limits, %4 the value</extracomment>
        <translation>%1 muss zwischen %2 und %3 liegen, gefunden: %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a zone of zones.csv</source>
        <extracomment>%1 is a zone id</extracomment>
        <translation>&apos;%1&apos; ist keine Zone aus zones.csv</translation>
    </message>
    <message>
        <source>the scenario-year columns (such as NT-2030) must be those of demand.csv</source>
        <translation>die Szenario-Jahr-Spalten (z. B. NT-2030) müssen denen von demand.csv entsprechen</translation>
    </message>
    <message>
        <source>this row repeats an earlier one (same zone and technology)</source>
        <translation>diese Zeile wiederholt eine frühere (gleiche Zone und Technologie)</translation>
    </message>
    <message>
        <source>euMember must be yes or no, got &apos;%1&apos;</source>
        <translation>euMember muss yes oder no sein, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>give both offshoreLatitude and offshoreLongitude, or neither</source>
        <translation>geben Sie sowohl offshoreLatitude als auch offshoreLongitude an oder keines von beiden</translation>
    </message>
    <message>
        <source>hydroRegime must be nordic, alpine, continental or atlantic, got &apos;%1&apos;</source>
        <translation>hydroRegime muss nordic, alpine, continental oder atlantic sein, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>zone &apos;%1&apos; is given twice</source>
        <translation>Zone &apos;%1&apos; ist zweimal angegeben</translation>
    </message>
    <message>
        <source>the file has no zones</source>
        <translation>die Datei enthält keine Zonen</translation>
    </message>
    <message>
        <source>there is no scenario-year column such as NT-2030</source>
        <translation>es gibt keine Szenario-Jahr-Spalte wie NT-2030</translation>
    </message>
    <message>
        <source>the study has no scenario &apos;%1&apos; with study year %2; rename or remove the column %1-%2</source>
        <extracomment>%1 is a scenario id, %2 a year</extracomment>
        <translation>die Studie hat kein Szenario &apos;%1&apos; mit Studienjahr %2; benennen Sie die Spalte %1-%2 um oder entfernen Sie sie</translation>
    </message>
    <message>
        <source>zone &apos;%1&apos; of zones.csv has no row</source>
        <translation>Zone &apos;%1&apos; aus zones.csv hat keine Zeile</translation>
    </message>
    <message>
        <source>technology &apos;%1&apos; is given twice</source>
        <translation>Technologie &apos;%1&apos; ist zweimal angegeben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a technology of technologies.csv</source>
        <translation>&apos;%1&apos; ist keine Technologie aus technologies.csv</translation>
    </message>
    <message>
        <source>technology must be pv, wind_onshore, wind_offshore or ror, got &apos;%1&apos;</source>
        <translation>technology muss pv, wind_onshore, wind_offshore oder ror sein, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>zone %1 has offshore wind but no offshoreLatitude and offshoreLongitude in zones.csv</source>
        <translation>Zone %1 hat Offshore-Wind, aber keine offshoreLatitude und offshoreLongitude in zones.csv</translation>
    </message>
    <message>
        <source>a border joins two different zones</source>
        <translation>eine Grenze verbindet zwei verschiedene Zonen</translation>
    </message>
    <message>
        <source>the direction %1 → %2 is given twice</source>
        <translation>die Richtung %1 → %2 ist zweimal angegeben</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <extracomment>%1 is a file name, %2 a line number, %3 the message</extracomment>
        <translation>%1 Zeile %2: %3</translation>
    </message>
</context>
<context>
    <name>Sensitivity</name>
    <message>
        <source>parameters must be finite numbers</source>
        <translation>Parameter müssen endliche Zahlen sein</translation>
    </message>
    <message>
        <source>uniform needs min &lt; max</source>
        <translation>uniform benötigt min &lt; max</translation>
    </message>
    <message>
        <source>%1 needs min &lt;= mode &lt;= max and min &lt; max</source>
        <extracomment>%1 is a distribution key: triangular or pert</extracomment>
        <translation>%1 benötigt min &lt;= mode &lt;= max und min &lt; max</translation>
    </message>
    <message>
        <source>normal needs a standard deviation &gt; 0</source>
        <translation>normal benötigt eine Standardabweichung &gt; 0</translation>
    </message>
    <message>
        <source>lognormal needs a mean &gt; 0 and a standard deviation &gt; 0</source>
        <translation>lognormal benötigt einen Mittelwert &gt; 0 und eine Standardabweichung &gt; 0</translation>
    </message>
    <message>
        <source>unknown distribution</source>
        <translation>unbekannte Verteilung</translation>
    </message>
    <message>
        <source>no project with id &apos;%1&apos;</source>
        <translation>kein Projekt mit der ID &apos;%1&apos;</translation>
    </message>
    <message>
        <source>samples must be 2 .. 10,000,000, got %1</source>
        <translation>die Stichprobenanzahl muss 2 .. 10,000,000 betragen, gefunden: %1</translation>
    </message>
    <message>
        <source>choose at least one input to sample</source>
        <translation>wählen Sie mindestens eine Eingangsgröße für die Stichprobenziehung</translation>
    </message>
    <message>
        <source>%1 is sampled twice</source>
        <extracomment>%1 is the key of a sensitivity input</extracomment>
        <translation>%1 ist zweimal als stochastische Eingangsgröße gewählt</translation>
    </message>
    <message>
        <source>a correlation must join two different sampled inputs</source>
        <translation>eine Korrelation muss zwei verschiedene stochastische Eingangsgrößen verbinden</translation>
    </message>
    <message>
        <source>a rank correlation must lie strictly between -1 and 1</source>
        <translation>eine Rangkorrelation muss echt zwischen -1 und 1 liegen</translation>
    </message>
    <message>
        <source>the rank correlations are inconsistent (the correlation matrix is not positive definite)</source>
        <translation>die Rangkorrelationen sind inkonsistent (die Korrelationsmatrix ist nicht positiv definit)</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos;: %2</source>
        <translation>Szenario &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1: unknown input &apos;%2&apos;</source>
        <extracomment>%1 is the JSON path of the field, %2 the value found</extracomment>
        <translation>%1: unbekannte Eingangsgröße &apos;%2&apos;</translation>
    </message>
    <message>
        <source>seed: must be a whole number in a string, got %1</source>
        <translation>seed: muss eine ganze Zahl in einer Zeichenkette sein, gefunden: %1</translation>
    </message>
    <message>
        <source>inputs/%1/distribution: unknown distribution &apos;%2&apos;</source>
        <extracomment>%1 is the index of the input, %2 the value found</extracomment>
        <translation>inputs/%1/distribution: unbekannte Verteilung &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a sweep needs at least 2 points, got %1</source>
        <translation>eine Parametervariation benötigt mindestens 2 Punkte, gefunden: %1</translation>
    </message>
    <message>
        <source>%1: the range must satisfy low &lt;= high, got %2 .. %3</source>
        <extracomment>%1 is the key of a sensitivity input, %2 and %3 the low and high ends</extracomment>
        <translation>%1: für den Bereich muss niedrig &lt;= hoch gelten, gefunden: %2 .. %3</translation>
    </message>
</context>
<context>
    <name>SensitivityText</name>
    <message>
        <source>The real discount rate applied to every yearly flow of the project.</source>
        <translation>Der reale Diskontierungssatz, der auf jeden jährlichen Zahlungsstrom des Projekts angewandt wird.</translation>
    </message>
    <message>
        <source>Scales the CAPEX of every investment (OPEX stated as a share of CAPEX and the residual value follow); the default range is the project&apos;s stated CAPEX uncertainty.</source>
        <translation>Skaliert die CAPEX jeder Investition (als Anteil der CAPEX angegebene OPEX und der Restwert ändern sich mit); der Standardbereich ist die angegebene CAPEX-Unsicherheit des Projekts.</translation>
    </message>
    <message>
        <source>Scales the yearly OPEX of every investment.</source>
        <translation>Skaliert die jährlichen OPEX jeder Investition.</translation>
    </message>
    <message>
        <source>The number of operating years N counted in the assessment period, in whole years.</source>
        <translation>Die Anzahl der im Betrachtungszeitraum angerechneten Betriebsjahre N, in ganzen Jahren.</translation>
    </message>
    <message>
        <source>Moves the commissioning year, and the CAPEX phasing with it, by whole years; positive values are a delay.</source>
        <translation>Verschiebt das Inbetriebnahmejahr und mit ihm die zeitliche Verteilung der CAPEX um ganze Jahre; positive Werte bedeuten eine Verzögerung.</translation>
    </message>
    <message>
        <source>Scales the societal cost of carbon that monetises the change in CO2 emissions (B2) in every study year.</source>
        <translation>Skaliert die gesellschaftlichen CO2-Kosten, mit denen die Änderung der CO2-Emissionen (B2) in jedem Studienjahr monetarisiert wird.</translation>
    </message>
    <message>
        <source>Scales the market (ETS) CO2 price; this changes only B2, because the market results (B1) are held fixed until a market model can recompute them.</source>
        <translation>Skaliert den CO2-Marktpreis (ETS); dies ändert nur B2, da die Marktergebnisse (B1) festgehalten werden, bis ein Marktmodell sie neu berechnen kann.</translation>
    </message>
    <message>
        <source>Scales the value of lost load that monetises the change in energy not served (B6).</source>
        <translation>Skaliert den Wert der nicht gelieferten Energie, mit dem die Änderung der nicht gelieferten Energie (B6) monetarisiert wird.</translation>
    </message>
    <message>
        <source>Scales socio-economic welfare (B1); it stands in for fuel prices, demand and RES capacity until the market model exists to recompute them.</source>
        <translation>Skaliert die sozioökonomische Wohlfahrt (B1); sie steht stellvertretend für Brennstoffpreise, Nachfrage und RES-Kapazität, bis ein Marktmodell existiert, das diese neu berechnet.</translation>
    </message>
    <message>
        <source>Scales the monetised change in grid losses (B5).</source>
        <translation>Skaliert die monetarisierte Änderung der Netzverluste (B5).</translation>
    </message>
    <message>
        <source>Scales the cost of reserve capacity that monetises the reserve need avoided (B9).</source>
        <translation>Skaliert die Kosten der Reservekapazität, mit denen der vermiedene Reservebedarf (B9) monetarisiert wird.</translation>
    </message>
    <message>
        <source>The share of the commissioning year&apos;s benefits and OPEX that is counted (100 % = a full year).</source>
        <translation>Der angerechnete Anteil der Nutzen und OPEX des Inbetriebnahmejahres (100 % = ein volles Jahr).</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>× study value</source>
        <translation>× Studienwert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 an input, %2 its unit
----------
%1 distribution, %2 its parameters</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>Gleichverteilung</translation>
    </message>
    <message>
        <source>Triangular</source>
        <translation>Dreiecksverteilung</translation>
    </message>
    <message>
        <source>PERT (beta)</source>
        <translation>PERT (Beta)</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normalverteilung</translation>
    </message>
    <message>
        <source>Lognormal</source>
        <translation>Lognormalverteilung</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Most likely</source>
        <translation>Wahrscheinlichster Wert</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Standardabweichung</translation>
    </message>
    <message>
        <source>Standard deviation of the value</source>
        <translation>Standardabweichung des Werts</translation>
    </message>
    <message>
        <source>The average of the draws.</source>
        <translation>Der Durchschnitt der Ziehungen.</translation>
    </message>
    <message>
        <source>The spread of the draws around the mean: the standard deviation of the value itself, not of its logarithm.</source>
        <translation>Die Streuung der Ziehungen um den Mittelwert: die Standardabweichung des Werts selbst, nicht seines Logarithmus.</translation>
    </message>
    <message>
        <source>The spread of the draws around the mean; about 95 % of them fall within two standard deviations of it.</source>
        <translation>Die Streuung der Ziehungen um den Mittelwert; etwa 95 % von ihnen liegen innerhalb von zwei Standardabweichungen um ihn.</translation>
    </message>
    <message>
        <source>The lowest value drawn.</source>
        <translation>Der kleinste gezogene Wert.</translation>
    </message>
    <message>
        <source>The highest value drawn.</source>
        <translation>Der größte gezogene Wert.</translation>
    </message>
    <message>
        <source>The mode: the value drawn most often.</source>
        <translation>Der Modus: der am häufigsten gezogene Wert.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>The unit money is shown and entered in, in tables, forms and charts. Studies always store euros.</source>
        <translation>Die Währungseinheit, in der Geldbeträge in Tabellen, Formularen und Diagrammen angezeigt und eingegeben werden. Studien speichern immer Euro.</translation>
    </message>
    <message>
        <source>&amp;Money unit:</source>
        <translation>&amp;Währungseinheit:</translation>
    </message>
    <message>
        <source>How numbers are written: decimal and thousands separators. System follows the desktop&apos;s language settings.</source>
        <translation>Schreibweise von Zahlen: Dezimal- und Tausendertrennzeichen. System folgt den Spracheinstellungen des Desktops.</translation>
    </message>
    <message>
        <source>&amp;Number format:</source>
        <translation>&amp;Zahlenformat:</translation>
    </message>
    <message>
        <source>Defaults for new studies</source>
        <translation>Standardwerte für neue Studien</translation>
    </message>
    <message>
        <source>&amp;Discount rate (real):</source>
        <translation>&amp;Diskontierungssatz (real):</translation>
    </message>
    <message>
        <source> % per year</source>
        <translation> % pro Jahr</translation>
    </message>
    <message>
        <source>Year whose prices all money of a new study is expressed in. ENTSO-E default: 2023.</source>
        <translation>Jahr, in dessen Preisen alle Geldbeträge einer neuen Studie ausgedrückt werden. ENTSO-E-Standard: 2023.</translation>
    </message>
    <message>
        <source>&amp;Price base year:</source>
        <translation>&amp;Preisbasisjahr:</translation>
    </message>
    <message>
        <source>The year t0 to which present values of a new study are expressed, usually its reference year.</source>
        <translation>Das Jahr t0, auf das die Barwerte einer neuen Studie bezogen werden, üblicherweise ihr Bezugsjahr.</translation>
    </message>
    <message>
        <source>Discounting &amp;year (t0):</source>
        <translation>Diskontierungs&amp;jahr (t0):</translation>
    </message>
    <message>
        <source>N: years of operation assessed from commissioning in a new study. ENTSO-E default: 25.</source>
        <translation>N: ab Inbetriebnahme bewertete Betriebsjahre in einer neuen Studie. ENTSO-E-Standard: 25.</translation>
    </message>
    <message>
        <source>&amp;Operating years assessed (N):</source>
        <translation>Bewertete &amp;Betriebsjahre (N):</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation>Automatische Sicherung</translation>
    </message>
    <message>
        <source>&amp;Save a recovery copy every:</source>
        <translation>Wiederherstellungskopie &amp;speichern alle:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The language of menus, dialogs, messages and the printed report. System follows the desktop&apos;s language settings. Takes effect when GridCBA is started again.</source>
        <translation>Die Sprache von Menüs, Dialogen, Meldungen und des gedruckten Berichts. System folgt den Spracheinstellungen des Desktops. Wird beim nächsten Start von GridCBA wirksam.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Real social discount rate of new studies, in % per year. ENTSO-E default: 4 %.</source>
        <translation>Realer sozialer Diskontierungssatz neuer Studien, in % pro Jahr. ENTSO-E-Standard: 4 %.</translation>
    </message>
    <message>
        <source>How often, in minutes (min), a modified study is saved to a recovery file, offered for restoring after a crash. Off: never.</source>
        <translation>Wie oft (in Minuten, min) eine geänderte Studie in einer Wiederherstellungsdatei gesichert wird, die nach einem Absturz zur Wiederherstellung angeboten wird. Aus: nie.</translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <source>%1 / %2 %3 / climate year %4</source>
        <extracomment>%1 project, %2 scenario, %3 study year, %4 climate year</extracomment>
        <translation>%1 / %2 %3 / Klimajahr %4</translation>
    </message>
    <message>
        <source>there is no project &apos;%1&apos; in the study</source>
        <extracomment>%1 is a project id</extracomment>
        <translation>die Studie enthält kein Projekt &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no scenario &apos;%1&apos; in the study</source>
        <extracomment>%1 is a scenario id</extracomment>
        <translation>die Studie enthält kein Szenario &apos;%1&apos;</translation>
    </message>
    <message>
        <source>nothing to simulate: no project with border changes in a scenario and study year that has a power system matches</source>
        <translation>nichts zu simulieren: es passt kein Projekt mit Änderungen an Grenzen in einem Szenario und Studienjahr, für das ein Stromsystem vorliegt</translation>
    </message>
    <message>
        <source>%1 %2, climate year %3</source>
        <extracomment>%1 scenario, %2 study year, %3 climate year</extracomment>
        <translation>%1 %2, Klimajahr %3</translation>
    </message>
    <message>
        <source>: dispatch</source>
        <translation>: Einsatzplanung</translation>
    </message>
    <message>
        <source>: adequacy</source>
        <translation>: Versorgungssicherheit</translation>
    </message>
</context>
<context>
    <name>StudyFile</name>
    <message>
        <source>%1: cannot open: %2</source>
        <extracomment>%1 is the file name, %2 the system error</extracomment>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: die Datei ist leer</translation>
    </message>
    <message>
        <source>%1: not a GridCBA study: neither a study file (it does not start like one: damaged, or another kind of file) nor a JSON study</source>
        <translation>%1: keine GridCBA-Studie: weder eine Studiendatei (sie beginnt nicht wie eine: beschädigt oder eine andere Dateiart) noch eine JSON-Studie</translation>
    </message>
    <message>
        <source>cannot read the file&apos;s content: %1</source>
        <translation>der Dateiinhalt kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is damaged: its content no longer matches the checksum stored when it was saved. Open a backup copy, or the autosaved copy if GridCBA offers one</source>
        <translation>die Datei ist beschädigt: ihr Inhalt stimmt nicht mehr mit der beim Speichern abgelegten Prüfsumme überein. Öffnen Sie eine Sicherungskopie oder die automatisch gesicherte Kopie, falls GridCBA eine anbietet</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <source>cannot serialize the study: %1</source>
        <translation>die Studie kann nicht serialisiert werden: %1</translation>
    </message>
    <message>
        <source>no database</source>
        <translation>keine Datenbank</translation>
    </message>
    <message>
        <source>not a GridCBA study: it has no readable schema version</source>
        <translation>keine GridCBA-Studie: sie hat keine lesbare Schemaversion</translation>
    </message>
    <message>
        <source>the study was saved by a newer GridCBA (file schema %1, this version reads up to %2); update GridCBA to open it</source>
        <extracomment>%1 is the schema version of the file, %2 the newest this version reads</extracomment>
        <translation>die Studie wurde mit einer neueren GridCBA-Version gespeichert (Dateischema %1, diese Version liest bis %2); aktualisieren Sie GridCBA, um sie zu öffnen</translation>
    </message>
    <message>
        <source>migration of the study from schema %1 to %2 failed: %3</source>
        <extracomment>%1 and %2 are schema version numbers, %3 the database error</extracomment>
        <translation>die Migration der Studie von Schema %1 auf %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>the study table is empty or unreadable</source>
        <translation>die Studientabelle ist leer oder nicht lesbar</translation>
    </message>
    <message>
        <source>cannot read the study: %1</source>
        <translation>die Studie kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>not a GridCBA study (not an SQLite database)</source>
        <translation>keine GridCBA-Studie (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>the file is damaged or truncated: it holds %1 bytes where its header says %2. Open a backup copy, or the autosaved copy if GridCBA offers one</source>
        <extracomment>%1 and %2 are sizes in bytes</extracomment>
        <translation>die Datei ist beschädigt oder abgeschnitten: sie enthält %1 Bytes, laut ihrem Header aber %2. Öffnen Sie eine Sicherungskopie oder die automatisch gesicherte Kopie, falls GridCBA eine anbietet</translation>
    </message>
    <message>
        <source>cannot read the database: %1</source>
        <translation>die Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is damaged or truncated (SQLite integrity check failed: %1)</source>
        <translation>die Datei ist beschädigt oder abgeschnitten (SQLite-Integritätsprüfung fehlgeschlagen: %1)</translation>
    </message>
    <message>
        <source>not a GridCBA study: it has no schema version</source>
        <translation>keine GridCBA-Studie: sie hat keine Schemaversion</translation>
    </message>
    <message>
        <source>the study holds values GridCBA cannot evaluate:
</source>
        <extracomment>Followed by one line per problem</extracomment>
        <translation>die Studie enthält Werte, die GridCBA nicht auswerten kann:
</translation>
    </message>
    <message>
        <source>%1: cannot save: %2</source>
        <extracomment>%1 is the file name, %2 the reason</extracomment>
        <translation>%1: kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>a whole number &gt;= 0 is expected</source>
        <translation>eine ganze Zahl &gt;= 0 wird erwartet</translation>
    </message>
    <message>
        <source>hourly values are 8-byte numbers, but there are %1 bytes</source>
        <translation>Stundenwerte sind 8-Byte-Zahlen, aber es sind %1 Bytes</translation>
    </message>
    <message>
        <source>a value is not a number (NaN) and cannot be saved (table %1, value %2); correct it and save again</source>
        <extracomment>%1 is a table of the study file, %2 the position of the value in its row</extracomment>
        <translation>ein Wert ist keine Zahl (NaN) und kann nicht gespeichert werden (Tabelle %1, Wert %2); korrigieren Sie ihn und speichern Sie erneut</translation>
    </message>
    <message>
        <source>nothing (NULL)</source>
        <translation>nichts (NULL)</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>Binärdaten</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation>den Text &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 holds %2: %3</source>
        <extracomment>%1 is &quot;table.column&quot; of the study file, %2 the value found, %3 what is wrong</extracomment>
        <translation>%1 enthält %2: %3</translation>
    </message>
    <message>
        <source>a whole number is expected</source>
        <translation>eine ganze Zahl wird erwartet</translation>
    </message>
    <message>
        <source>a number is expected</source>
        <translation>eine Zahl wird erwartet</translation>
    </message>
    <message>
        <source>not one of %1</source>
        <extracomment>%1 lists the allowed values</extracomment>
        <translation>keiner von %1</translation>
    </message>
    <message>
        <source>not a pollutant (nox, nh3, sox, pm25, pm10 or nmvoc)</source>
        <translation>kein Schadstoff (nox, nh3, sox, pm25, pm10 oder nmvoc)</translation>
    </message>
    <message>
        <source>the file is damaged or was edited outside GridCBA: %1</source>
        <extracomment>%1 names the table and column of the file and the value found</extracomment>
        <translation>die Datei ist beschädigt oder wurde außerhalb von GridCBA bearbeitet: %1</translation>
    </message>
</context>
<context>
    <name>StudyLock</name>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <extracomment>%1 is the study file, %2 its folder</extracomment>
        <translation>%1: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>%1: cannot create the lock file %2: the folder is not writable</source>
        <extracomment>%1 is the study file, %2 the lock file</extracomment>
        <translation>%1: die Sperrdatei %2 kann nicht erstellt werden: der Ordner ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>%1: cannot create the lock file %2</source>
        <translation>%1: die Sperrdatei %2 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1: the study is in use by %2 (PID %3) on host &apos;%4&apos;. Close it there and try again; if that program is no longer running on that host, delete the lock file %5.</source>
        <extracomment>%1 study file, %2 program, %3 process id, %4 host name, %5 lock file</extracomment>
        <translation>%1: die Studie wird von %2 (PID %3) auf dem Host &apos;%4&apos; verwendet. Schließen Sie sie dort und versuchen Sie es erneut; falls dieses Programm auf diesem Host nicht mehr läuft, löschen Sie die Sperrdatei %5.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>einem anderen Programm</translation>
    </message>
    <message>
        <source>%1: the study is locked by another program (lock file %2). Close it there and try again.</source>
        <extracomment>%1 study file, %2 lock file</extracomment>
        <translation>%1: die Studie ist durch ein anderes Programm gesperrt (Sperrdatei %2). Schließen Sie sie dort und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>StudyTemplates</name>
    <message>
        <source>National Trends</source>
        <translation>National Trends</translation>
    </message>
    <message>
        <source>Bottom-up scenario following the national energy and climate plans.</source>
        <translation>Bottom-up-Szenario auf Grundlage der nationalen Energie- und Klimapläne.</translation>
    </message>
    <message>
        <source>Distributed Energy</source>
        <translation>Distributed Energy</translation>
    </message>
    <message>
        <source>Decentralised pathway to the EU climate targets: rooftop PV, prosumers, electrified heat.</source>
        <translation>Dezentraler Pfad zu den EU-Klimazielen: PV auf Dächern, Prosumer, elektrifizierte Wärme.</translation>
    </message>
    <message>
        <source>Global Ambition</source>
        <translation>Global Ambition</translation>
    </message>
    <message>
        <source>Centralised pathway to the EU climate targets: offshore wind, hydrogen imports, nuclear.</source>
        <translation>Zentralisierter Pfad zu den EU-Klimazielen: Offshore-Wind, Wasserstoffimporte, Kernenergie.</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>The project no longer exists</source>
        <translation>Das Projekt existiert nicht mehr</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>year %1 is outside %2..%3</source>
        <translation>Jahr %1 liegt außerhalb von %2..%3</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>must be a finite number &gt;= 0, got %1</source>
        <translation>muss eine endliche Zahl &gt;= 0 sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used twice; ids must be unique</source>
        <translation>&apos;%1&apos; wird zweimal verwendet; IDs müssen eindeutig sein</translation>
    </message>
    <message>
        <source>must be a fraction between -1 and 1 (0.04 for 4 %), got %1</source>
        <translation>muss ein Dezimalbruch zwischen -1 und 1 sein (0.04 für 4 %), gefunden: %1</translation>
    </message>
    <message>
        <source>must be 1..100 years, got %1</source>
        <translation>muss 1..100 Jahre betragen, gefunden: %1</translation>
    </message>
    <message>
        <source>must be in (0, 1], got %1</source>
        <translation>muss in (0, 1] liegen, gefunden: %1</translation>
    </message>
    <message>
        <source>price index must be &gt; 0, got %1</source>
        <translation>der Preisindex muss &gt; 0 sein, gefunden: %1</translation>
    </message>
    <message>
        <source>prices of %1 need deflator indices for %1 and for the price base year %2 in economics/deflator</source>
        <translation>Preise von %1 benötigen Deflatorindizes für %1 und für das Preisbasisjahr %2 in economics/deflator</translation>
    </message>
    <message>
        <source>climate year %1 is listed twice</source>
        <translation>Klimajahr %1 ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>weights must sum to 1, they sum to %1</source>
        <translation>die Gewichte müssen sich zu 1 summieren, ihre Summe ist %1</translation>
    </message>
    <message>
        <source>a scenario needs at least one study year</source>
        <translation>ein Szenario benötigt mindestens ein Studienjahr</translation>
    </message>
    <message>
        <source>study years must be strictly ascending: %1 follows %2</source>
        <translation>Studienjahre müssen streng aufsteigend sein: %1 folgt auf %2</translation>
    </message>
    <message>
        <source>societal cost of carbon must satisfy low &lt;= central &lt;= high (%1 / %2 / %3)</source>
        <translation>für die gesellschaftlichen CO2-Kosten muss niedrig &lt;= zentral &lt;= hoch gelten (%1 / %2 / %3)</translation>
    </message>
    <message>
        <source>CAPEX range must satisfy low &lt;= central &lt;= high (%1 / %2 / %3)</source>
        <translation>für die CAPEX-Spanne muss niedrig &lt;= zentral &lt;= hoch gelten (%1 / %2 / %3)</translation>
    </message>
    <message>
        <source>must be 1..200 years, got %1</source>
        <translation>muss 1..200 Jahre betragen, gefunden: %1</translation>
    </message>
    <message>
        <source>CAPEX year %1 is listed twice</source>
        <translation>CAPEX-Jahr %1 ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>CAPEX in %1 falls after the assessment period, which ends in %2</source>
        <translation>CAPEX in %1 fällt nach dem Betrachtungszeitraum an, der im Jahr %2 endet</translation>
    </message>
    <message>
        <source>a CAPEX lump sum without phasing needs constructionYears &gt;= 1</source>
        <translation>eine CAPEX-Pauschalsumme ohne zeitliche Verteilung erfordert constructionYears &gt;= 1</translation>
    </message>
    <message>
        <source>give OPEX either in €/yr or as a share of CAPEX, not both</source>
        <translation>geben Sie OPEX entweder in €/yr oder als Anteil der CAPEX an, nicht beides</translation>
    </message>
    <message>
        <source>no scenario with id &apos;%1&apos; in this study</source>
        <translation>kein Szenario mit der ID &apos;%1&apos; in dieser Studie</translation>
    </message>
    <message>
        <source>%1 is not a study year of scenario &apos;%2&apos;</source>
        <translation>%1 ist kein Studienjahr von Szenario &apos;%2&apos;</translation>
    </message>
    <message>
        <source>inputs for scenario &apos;%1&apos;, year %2 are given twice</source>
        <translation>Eingaben für Szenario &apos;%1&apos;, Jahr %2 sind zweimal angegeben</translation>
    </message>
    <message>
        <source>a project needs at least one investment</source>
        <translation>ein Projekt benötigt mindestens eine Investition</translation>
    </message>
    <message>
        <source>a border needs both zones</source>
        <translation>eine Grenze benötigt beide Zonen</translation>
    </message>
    <message>
        <source>a border joins two different zones</source>
        <translation>eine Grenze verbindet zwei verschiedene Zonen</translation>
    </message>
    <message>
        <source>a cost share is a fraction in [0, 1], got %1</source>
        <translation>ein Kostenanteil ist ein Dezimalbruch in [0, 1], gefunden: %1</translation>
    </message>
    <message>
        <source>cost shares must sum to 1, they sum to %1</source>
        <translation>die Kostenanteile müssen sich zu 1 summieren, ihre Summe ist %1</translation>
    </message>
    <message>
        <source>run ids are unique whole numbers &gt;= 1, got %1</source>
        <translation>Lauf-IDs sind eindeutige ganze Zahlen &gt;= 1, gefunden: %1</translation>
    </message>
    <message>
        <source>must be &quot;sweep&quot; or &quot;montecarlo&quot;, got &quot;%1&quot;</source>
        <translation>muss &quot;sweep&quot; oder &quot;montecarlo&quot; sein, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no project with id &apos;%1&apos; in this study</source>
        <translation>kein Projekt mit der ID &apos;%1&apos; in dieser Studie</translation>
    </message>
    <message>
        <source>a power system needs at least one zone</source>
        <translation>ein Stromsystem benötigt mindestens eine Zone</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a zone of this power system</source>
        <translation>&apos;%1&apos; ist keine Zone dieses Stromsystems</translation>
    </message>
    <message>
        <source>must name a profile</source>
        <translation>muss ein Profil benennen</translation>
    </message>
    <message>
        <source>there is no profile &apos;%1&apos; in the study</source>
        <translation>die Studie enthält kein Profil &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be a fraction in [0, 1], got %1</source>
        <translation>muss ein Dezimalbruch in [0, 1] sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be a fraction in (0, 1], got %1</source>
        <translation>muss ein Dezimalbruch in (0, 1] sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must not be empty (ISO code such as DE)</source>
        <translation>darf nicht leer sein (ISO-Code wie DE)</translation>
    </message>
    <message>
        <source>must be a number &gt; 0, got %1</source>
        <translation>muss eine Zahl &gt; 0 sein, gefunden: %1</translation>
    </message>
    <message>
        <source>%1–%2 is given twice; give one border per pair of zones with both directions</source>
        <translation>%1–%2 ist zweimal angegeben; geben Sie eine Grenze je Zonenpaar mit beiden Richtungen an</translation>
    </message>
    <message>
        <source>must be a fraction in [0, %1], got %2</source>
        <translation>muss ein Dezimalbruch in [0, %1] sein, gefunden: %2</translation>
    </message>
    <message>
        <source>must name a fuel</source>
        <translation>muss einen Brennstoff benennen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no fuel price in scenario &apos;%2&apos;, study year %3</source>
        <translation>&apos;%1&apos; hat keinen Brennstoffpreis in Szenario &apos;%2&apos;, Studienjahr %3</translation>
    </message>
    <message>
        <source>must be a whole number 1..100000, got %1</source>
        <translation>muss eine ganze Zahl 1..100000 sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be a fraction in [0, 1), got %1</source>
        <translation>muss ein Dezimalbruch in [0, 1) sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be in (0, 8760] hours, got %1</source>
        <translation>muss in (0, 8760] Stunden liegen, gefunden: %1</translation>
    </message>
    <message>
        <source>must be a whole number 0..100000, got %1</source>
        <translation>muss eine ganze Zahl 0..100000 sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be between 1e-12 and 1e-5, got %1</source>
        <translation>muss zwischen 1e-12 und 1e-5 liegen, gefunden: %1</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; is given twice for climate year %2</source>
        <translation>Profil &apos;%1&apos; ist für Klimajahr %2 zweimal angegeben</translation>
    </message>
    <message>
        <source>must have %1 hourly values (one year), got %2</source>
        <translation>muss %1 Stundenwerte haben (ein Jahr), gefunden: %2</translation>
    </message>
    <message>
        <source>hour %1: must be a finite number &gt;= 0, got %2</source>
        <translation>Stunde %1: muss eine endliche Zahl &gt;= 0 sein, gefunden: %2</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos;, study year %2 has two power systems</source>
        <translation>Szenario &apos;%1&apos;, Studienjahr %2 hat zwei Stromsysteme</translation>
    </message>
    <message>
        <source>%1 is implausibly large (at most %2 in size is accepted); check the unit</source>
        <extracomment>%1 is the value found, %2 the largest value accepted</extracomment>
        <translation>%1 ist unplausibel groß (höchstens %2 wird akzeptiert); prüfen Sie die Einheit</translation>
    </message>
    <message>
        <source>hour %1: %2 is not a relative value (a profile holds factors of about 1, at most %3); was it given in MW?</source>
        <extracomment>%3 is the largest value accepted</extracomment>
        <translation>Stunde %1: %2 ist kein relativer Wert (ein Profil enthält Faktoren von etwa 1, höchstens %3); wurde er in MW angegeben?</translation>
    </message>
    <message>
        <source>price index must be between 1e-06 and 1e+06, got %1</source>
        <translation>der Preisindex muss zwischen 1e-06 und 1e+06 liegen, gefunden: %1</translation>
    </message>
    <message>
        <source>a study needs at least one scenario</source>
        <translation>eine Studie braucht mindestens ein Szenario</translation>
    </message>
</context>
<context>
    <name>gridcba::indicators</name>
    <message>
        <source>Socio-economic welfare (B1)</source>
        <translation>Sozioökonomische Wohlfahrt (B1)</translation>
    </message>
    <message>
        <source>Welfare (B1)</source>
        <translation>Wohlfahrt (B1)</translation>
    </message>
    <message>
        <source>Gain in consumer and producer surplus and congestion rent that the project brings, from market simulations with and without it.</source>
        <translation>Zuwachs an Konsumenten- und Produzentenrente und Engpasserlös durch das Projekt, aus Marktsimulationen mit und ohne das Projekt.</translation>
    </message>
    <message>
        <source>CO2 emissions beyond market price (B2)</source>
        <translation>CO2-Emissionen über den Marktpreis hinaus (B2)</translation>
    </message>
    <message>
        <source>CO2 emissions (B2)</source>
        <translation>CO2-Emissionen (B2)</translation>
    </message>
    <message>
        <source>Change of CO2 emissions valued at the societal cost of carbon minus the CO2 price already paid in the market (and so counted in B1).</source>
        <translation>Änderung der CO2-Emissionen, bewertet mit den gesellschaftlichen CO2-Kosten abzüglich des bereits im Markt gezahlten (und damit in B1 erfassten) CO2-Preises.</translation>
    </message>
    <message>
        <source>Grid losses (B5)</source>
        <translation>Netzverluste (B5)</translation>
    </message>
    <message>
        <source>Cost of the change in transmission losses; negative when the project increases losses.</source>
        <translation>Kosten der Änderung der Übertragungsverluste; negativ, wenn das Projekt die Verluste erhöht.</translation>
    </message>
    <message>
        <source>Adequacy (B6)</source>
        <translation>Versorgungssicherheit (B6)</translation>
    </message>
    <message>
        <source>Reduction of expected energy not served, valued at the value of lost load.</source>
        <translation>Verringerung der erwarteten nicht gelieferten Energie, bewertet mit dem Wert der nicht gelieferten Energie.</translation>
    </message>
    <message>
        <source>Reserves (B9)</source>
        <translation>Reserven (B9)</translation>
    </message>
    <message>
        <source>Reserve capacity that no longer needs to be procured thanks to the project, valued at the reserve cost.</source>
        <translation>Reservekapazität, die dank des Projekts nicht mehr beschafft werden muss, bewertet mit den Reservekosten.</translation>
    </message>
    <message>
        <source>Other benefits</source>
        <translation>Sonstige Nutzen</translation>
    </message>
    <message>
        <source>Benefits entered by the promoter and counted in the NPV, such as avoided renewal of assets or redispatch savings.</source>
        <translation>Vom Projektträger eingegebene und im Kapitalwert berücksichtigte Nutzen, etwa vermiedene Erneuerung von Betriebsmitteln oder Einsparungen beim Redispatch.</translation>
    </message>
    <message>
        <source>Non-CO2 emissions (B4, not in NPV)</source>
        <translation>Nicht-CO2-Emissionen (B4, nicht im Kapitalwert)</translation>
    </message>
    <message>
        <source>Non-CO2 emissions (B4)</source>
        <translation>Nicht-CO2-Emissionen (B4)</translation>
    </message>
    <message>
        <source>Change of NOx, SOx, NH3, particulate and NMVOC emissions valued at their damage costs; shown apart and not included in the NPV or B/C ratio.</source>
        <translation>Änderung der NOx-, SOx-, NH3-, Feinstaub- und NMVOC-Emissionen, bewertet mit ihren Schadenskosten; gesondert ausgewiesen und nicht im Kapitalwert oder B/C-Verhältnis enthalten.</translation>
    </message>
    <message>
        <source>NOx emissions (B4a)</source>
        <translation>NOx-Emissionen (B4a)</translation>
    </message>
    <message>
        <source>NH3 emissions (B4b)</source>
        <translation>NH3-Emissionen (B4b)</translation>
    </message>
    <message>
        <source>SOx emissions (B4c)</source>
        <translation>SOx-Emissionen (B4c)</translation>
    </message>
    <message>
        <source>PM2.5 emissions (B4d)</source>
        <translation>PM2.5-Emissionen (B4d)</translation>
    </message>
    <message>
        <source>PM10 emissions (B4e)</source>
        <translation>PM10-Emissionen (B4e)</translation>
    </message>
    <message>
        <source>NMVOC emissions (B4f)</source>
        <translation>NMVOC-Emissionen (B4f)</translation>
    </message>
    <message>
        <source>monetised</source>
        <translation>monetarisiert</translation>
    </message>
    <message>
        <source>quantified</source>
        <translation>quantifiziert</translation>
    </message>
    <message>
        <source>qualitative</source>
        <translation>qualitativ</translation>
    </message>
    <message>
        <source>€/yr (%1 prices)</source>
        <translation>€/yr (Preisstand %1)</translation>
    </message>
    <message>
        <source>t/yr</source>
        <translation>t/yr</translation>
    </message>
    <message>
        <source>Avoided RES curtailment (B3)</source>
        <translation>Vermiedene RES-Abregelung (B3)</translation>
    </message>
    <message>
        <source>MWh/yr</source>
        <translation>MWh/yr</translation>
    </message>
    <message>
        <source>RES connected (B3)</source>
        <translation>Angeschlossene RES (B3)</translation>
    </message>
    <message>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <source>Non-CO2 emissions at damage cost (B4, not in NPV)</source>
        <translation>Nicht-CO2-Emissionen zu Schadenskosten (B4, nicht im Kapitalwert)</translation>
    </message>
    <message>
        <source>Expected energy not served (B6)</source>
        <translation>Erwartete nicht gelieferte Energie (B6)</translation>
    </message>
    <message>
        <source>Loss of load expectation (B6)</source>
        <translation>Lastunterdeckungserwartung (B6)</translation>
    </message>
    <message>
        <source>h/yr</source>
        <translation>h/yr</translation>
    </message>
    <message>
        <source>%1 (not in NPV)</source>
        <translation>%1 (nicht im Kapitalwert)</translation>
    </message>
    <message>
        <source>Other benefits in the NPV, total</source>
        <translation>Sonstige Nutzen im Kapitalwert, gesamt</translation>
    </message>
    <message>
        <source>Flexibility</source>
        <translation>Flexibilität</translation>
    </message>
    <message>
        <source>Frequency stability</source>
        <translation>Frequenzstabilität</translation>
    </message>
    <message>
        <source>Voltage stability</source>
        <translation>Spannungsstabilität</translation>
    </message>
    <message>
        <source>Transient stability</source>
        <translation>Transiente Stabilität</translation>
    </message>
    <message>
        <source>Black-start capability</source>
        <translation>Schwarzstartfähigkeit</translation>
    </message>
    <message>
        <source>Residual environmental impact</source>
        <translation>Verbleibende Umweltauswirkungen</translation>
    </message>
    <message>
        <source>Residual social impact</source>
        <translation>Verbleibende soziale Auswirkungen</translation>
    </message>
    <message>
        <source>Other residual impact</source>
        <translation>Sonstige verbleibende Auswirkungen</translation>
    </message>
</context>
<context>
    <name>gridcba::io</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>a quoted field opened here is not closed (a &quot; is missing)</source>
        <translation>ein hier geöffnetes Feld in Anführungszeichen wird nicht geschlossen (ein &quot; fehlt)</translation>
    </message>
    <message>
        <source>the text is not UTF-8; save the file as “CSV UTF-8”</source>
        <translation>der Text ist nicht UTF-8; speichern Sie die Datei als „CSV UTF-8“</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <extracomment>%1 file name, %2 line number, %3 what is wrong</extracomment>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1 line %2, column %3: %4</source>
        <extracomment>%1 file name, %2 line number, %3 column name, %4 what is wrong</extracomment>
        <translation>%1 Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>The climate year must be 0 (every climate year) or between %1 and %2, not %3</source>
        <translation>Das Klimajahr muss 0 (alle Klimajahre) sein oder zwischen %1 und %2 liegen, nicht %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the first column must be “hour”, then one column per profile (hour,load_DE,pv_DE,…); found “%1”</source>
        <translation>die erste Spalte muss „hour“ sein, dann eine Spalte je Profil (hour,load_DE,pv_DE,…); gefunden: „%1“</translation>
    </message>
    <message>
        <source>no profile columns: add one column per profile after “hour”</source>
        <translation>keine Profilspalten: fügen Sie nach „hour“ eine Spalte je Profil hinzu</translation>
    </message>
    <message>
        <source>column %1 has no profile id</source>
        <translation>Spalte %1 hat keine Profil-ID</translation>
    </message>
    <message>
        <source>the profile id “%1” is given twice</source>
        <translation>die Profil-ID „%1“ ist zweimal angegeben</translation>
    </message>
    <message>
        <source>the file has %1 data rows; a profile needs %2 (one per hour of the year, or %3 for a leap year)</source>
        <translation>die Datei hat %1 Datenzeilen; ein Profil benötigt %2 (eine je Stunde des Jahres, oder %3 in einem Schaltjahr)</translation>
    </message>
    <message>
        <source>%1 cells, but the header names %2 columns</source>
        <translation>%1 Zellen, aber die Kopfzeile nennt %2 Spalten</translation>
    </message>
    <message>
        <source>“%1” is not a whole number; the hour column counts 0, 1, 2, … or 1, 2, 3, …</source>
        <translation>„%1“ ist keine ganze Zahl; die Stundenspalte zählt 0, 1, 2, … oder 1, 2, 3, …</translation>
    </message>
    <message>
        <source>the first hour must be 0 or 1, not %1</source>
        <translation>die erste Stunde muss 0 oder 1 sein, nicht %1</translation>
    </message>
    <message>
        <source>expected hour %1, found %2: rows must be one per hour, in order</source>
        <translation>Stunde %1 erwartet, %2 gefunden: eine Zeile je Stunde, in aufsteigender Reihenfolge</translation>
    </message>
    <message>
        <source>the value is missing</source>
        <translation>der Wert fehlt</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is negative; profile values are 0 or more</source>
        <translation>%1 ist negativ; Profilwerte sind 0 oder größer</translation>
    </message>
    <message>
        <source>%1: %2 more errors not listed</source>
        <translation>%1: %2 weitere Fehler nicht aufgeführt</translation>
    </message>
    <message>
        <source>%1 has %2 hours (a leap year): the 24 hours of 29 February (lines %3–%4) were dropped, so every profile has %5 hours</source>
        <translation>%1 hat %2 Stunden (ein Schaltjahr): die 24 Stunden des 29. Februar (Zeilen %3–%4) wurden entfernt, sodass jedes Profil %5 Stunden hat</translation>
    </message>
    <message>
        <source>the file has more than %1 data rows; a profile needs %2 (one per hour of the year, or %1 for a leap year)</source>
        <translation>die Datei hat mehr als %1 Datenzeilen; ein Profil braucht %2 (eine je Stunde des Jahres, oder %1 für ein Schaltjahr)</translation>
    </message>
</context>
<context>
    <name>gridcba::io::tables</name>
    <message>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Every economic and scenario parameter of the study</source>
        <translation>Alle ökonomischen und Szenarioparameter der Studie</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>Price base year</source>
        <translation>Preisbasisjahr</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Discount rate (real)</source>
        <translation>Diskontierungssatz (real)</translation>
    </message>
    <message>
        <source>fraction/yr</source>
        <translation>Anteil/Jahr</translation>
    </message>
    <message>
        <source>Discounting year t0</source>
        <translation>Diskontierungsjahr t0</translation>
    </message>
    <message>
        <source>Operating years assessed N</source>
        <translation>Bewertete Betriebsjahre N</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>Residual value method</source>
        <translation>Restwertmethode</translation>
    </message>
    <message>
        <source>B/C ratio definition</source>
        <translation>Definition des B/C-Verhältnisses</translation>
    </message>
    <message>
        <source>Share of the commissioning year assessed</source>
        <translation>Bewerteter Anteil des Inbetriebnahmejahres</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Deflator index</source>
        <translation>Deflatorindex</translation>
    </message>
    <message>
        <source>Conversion factor to %1 prices</source>
        <translation>Umrechnungsfaktor auf Preisstand %1</translation>
    </message>
    <message>
        <source>Price year</source>
        <translation>Preisjahr</translation>
    </message>
    <message>
        <source>Climate-year weight</source>
        <translation>Gewicht des Klimajahres</translation>
    </message>
    <message>
        <source>€/t, %1 prices</source>
        <translation>€/t, Preisstand %1</translation>
    </message>
    <message>
        <source>Market CO2 price</source>
        <translation>CO2-Marktpreis</translation>
    </message>
    <message>
        <source>Societal cost of carbon, low</source>
        <translation>Gesellschaftliche CO2-Kosten, niedrig</translation>
    </message>
    <message>
        <source>Societal cost of carbon, central</source>
        <translation>Gesellschaftliche CO2-Kosten, zentral</translation>
    </message>
    <message>
        <source>Societal cost of carbon, high</source>
        <translation>Gesellschaftliche CO2-Kosten, hoch</translation>
    </message>
    <message>
        <source>Value of lost load</source>
        <translation>Wert der nicht gelieferten Energie</translation>
    </message>
    <message>
        <source>€/MWh, %1 prices</source>
        <translation>€/MWh, Preisstand %1</translation>
    </message>
    <message>
        <source>Reserve cost</source>
        <translation>Reservekosten</translation>
    </message>
    <message>
        <source>€/MW/yr, %1 prices</source>
        <translation>€/MW/yr, Preisstand %1</translation>
    </message>
    <message>
        <source>Damage cost %1 (%2)</source>
        <translation>Schadenskosten %1 (%2)</translation>
    </message>
    <message>
        <source>Fuel price %1</source>
        <translation>Brennstoffpreis %1</translation>
    </message>
    <message>
        <source>€/MWh of fuel, %1 prices</source>
        <translation>€/MWh Brennstoff, Preisstand %1</translation>
    </message>
    <message>
        <source>€, %1 prices</source>
        <translation>€, Preisstand %1</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>NPV, B/C ratio and economic IRR of each project in each assessed scenario</source>
        <translation>Kapitalwert, B/C-Verhältnis und volkswirtschaftlicher IRR jedes Projekts in jedem bewerteten Szenario</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>Szenarioname</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>Kapitalwert</translation>
    </message>
    <message>
        <source>B/C ratio</source>
        <translation>B/C-Verhältnis</translation>
    </message>
    <message>
        <source>Economic IRR</source>
        <translation>Volkswirtschaftlicher IRR</translation>
    </message>
    <message>
        <source>IRR outcome</source>
        <translation>IRR-Ergebnis</translation>
    </message>
    <message>
        <source>results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Present values, NPV, B/C ratio and IRR of project %1, per scenario</source>
        <translation>Barwerte, Kapitalwert, B/C-Verhältnis und IRR von Projekt %1 je Szenario</translation>
    </message>
    <message>
        <source>PV %1</source>
        <translation>Barwert %1</translation>
    </message>
    <message>
        <source>PV headline benefits</source>
        <translation>Barwert Hauptnutzen</translation>
    </message>
    <message>
        <source>PV residual value</source>
        <translation>Barwert Restwert</translation>
    </message>
    <message>
        <source>PV CAPEX</source>
        <translation>Barwert CAPEX</translation>
    </message>
    <message>
        <source>PV OPEX</source>
        <translation>Barwert OPEX</translation>
    </message>
    <message>
        <source>PV decommissioning</source>
        <translation>Barwert Rückbau</translation>
    </message>
    <message>
        <source>NPV, SCC low</source>
        <translation>Kapitalwert, SCC niedrig</translation>
    </message>
    <message>
        <source>NPV, SCC high</source>
        <translation>Kapitalwert, SCC hoch</translation>
    </message>
    <message>
        <source>NPV, CAPEX low</source>
        <translation>Kapitalwert, CAPEX niedrig</translation>
    </message>
    <message>
        <source>NPV, CAPEX high</source>
        <translation>Kapitalwert, CAPEX hoch</translation>
    </message>
    <message>
        <source>cash flows</source>
        <translation>Zahlungsströme</translation>
    </message>
    <message>
        <source>Yearly cash flows of project %1 per scenario; NPV = Σ net cash flow × discount factor, discount factor = 1 / (1 + %2)^(year − %3)</source>
        <translation>Jährliche Zahlungsströme von Projekt %1 je Szenario; Kapitalwert = Σ Netto-Zahlungsstrom × Diskontfaktor, Diskontfaktor = 1 / (1 + %2)^(Jahr − %3)</translation>
    </message>
    <message>
        <source>Headline benefits</source>
        <translation>Hauptnutzen</translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation>Restwert</translation>
    </message>
    <message>
        <source>CAPEX</source>
        <translation>CAPEX</translation>
    </message>
    <message>
        <source>OPEX</source>
        <translation>OPEX</translation>
    </message>
    <message>
        <source>Decommissioning</source>
        <translation>Rückbau</translation>
    </message>
    <message>
        <source>Net cash flow</source>
        <translation>Netto-Zahlungsstrom</translation>
    </message>
    <message>
        <source>Discount factor</source>
        <translation>Diskontfaktor</translation>
    </message>
    <message>
        <source>Discounted net cash flow</source>
        <translation>Diskontierter Netto-Zahlungsstrom</translation>
    </message>
    <message>
        <source>indicators</source>
        <translation>Indikatoren</translation>
    </message>
    <message>
        <source>Indicator inputs of project %1 per scenario and study year, with the monetised values the evaluation used</source>
        <translation>Indikatoreingaben von Projekt %1 je Szenario und Studienjahr, mit den in der Bewertung verwendeten monetarisierten Werten</translation>
    </message>
    <message>
        <source>Study year</source>
        <translation>Studienjahr</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Quantity unit</source>
        <translation>Mengeneinheit</translation>
    </message>
    <message>
        <source>Monetised</source>
        <translation>Monetarisiert</translation>
    </message>
    <message>
        <source>€/yr, %1 prices</source>
        <translation>€/yr, Preisstand %1</translation>
    </message>
    <message>
        <source>Reliability class</source>
        <translation>Zuverlässigkeitsklasse</translation>
    </message>
    <message>
        <source>In headline NPV</source>
        <translation>Im Haupt-Kapitalwert</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>eingegeben</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>berechnet</translation>
    </message>
    <message>
        <source>cost bearers</source>
        <translation>Kostenträger</translation>
    </message>
    <message>
        <source>Present value of the costs of project %1 borne by each country (share × PV; costs do not depend on the scenario)</source>
        <translation>Barwert der von jedem Land getragenen Kosten von Projekt %1 (Anteil × Barwert; die Kosten hängen nicht vom Szenario ab)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Cost share</source>
        <translation>Kostenanteil</translation>
    </message>
    <message>
        <source>PV CAPEX borne</source>
        <translation>Getragener Barwert CAPEX</translation>
    </message>
    <message>
        <source>PV OPEX borne</source>
        <translation>Getragener Barwert OPEX</translation>
    </message>
    <message>
        <source>PV decommissioning borne</source>
        <translation>Getragener Barwert Rückbau</translation>
    </message>
    <message>
        <source>PV costs borne</source>
        <translation>Barwert getragene Kosten</translation>
    </message>
</context>
<context>
    <name>gridcba::report::NumberFormat</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage; %1 is the number already formatted for the locale.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>several: %1</source>
        <translation>mehrere: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>gridcba::report::Renderer</name>
    <message>
        <source> (continued)</source>
        <translation> (Fortsetzung)</translation>
    </message>
</context>
<context>
    <name>gridcba::report::Report</name>
    <message>
        <source>Cost-benefit analysis report</source>
        <translation>Bericht zur Kosten-Nutzen-Analyse</translation>
    </message>
    <message>
        <source>Project %1 · %2 · commissioning %3</source>
        <translation>Projekt %1 · %2 · Inbetriebnahme %3</translation>
    </message>
    <message numerus="yes">
        <source>Whole study · %n project(s)</source>
        <translation>
            <numerusform>Gesamte Studie · %n Projekt</numerusform>
            <numerusform>Gesamte Studie · %n Projekte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geldwerte</translation>
    </message>
    <message>
        <source>real € of %1, discounted at %2 to %3</source>
        <translation>reale € (Preisstand %1), diskontiert mit %2 auf %3</translation>
    </message>
    <message>
        <source>Study file</source>
        <translation>Studiendatei</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>GridCBA %1</source>
        <translation>GridCBA %1</translation>
    </message>
    <message>
        <source>Prepared with GridCBA following the ENTSO-E guideline for cost-benefit analysis of grid development projects (4th edition). The figures can be traced to the study file by its SHA-256 checksum (Traceability annex).</source>
        <translation>Erstellt mit GridCBA gemäß der ENTSO-E-Leitlinie zur Kosten-Nutzen-Analyse von Netzentwicklungsprojekten (4. Ausgabe). Die Zahlen lassen sich über deren SHA-256-Prüfsumme auf die Studiendatei zurückführen (Anhang Rückverfolgbarkeit).</translation>
    </message>
    <message>
        <source>Summary of results</source>
        <translation>Zusammenfassung der Ergebnisse</translation>
    </message>
    <message>
        <source>Headline results of every project in every assessed scenario, in %1, discounted at %2 to %3.</source>
        <translation>Hauptergebnisse aller Projekte in allen bewerteten Szenarien, in %1, diskontiert mit %2 auf %3.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>NPV (%1)</source>
        <translation>Kapitalwert (%1)</translation>
    </message>
    <message>
        <source>B/C ratio</source>
        <translation>B/C-Verhältnis</translation>
    </message>
    <message>
        <source>Economic IRR</source>
        <translation>Volkswirtschaftlicher IRR</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>nicht ausgewertet</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>NPV, B/C ratio and economic IRR per project and scenario</source>
        <translation>Kapitalwert, B/C-Verhältnis und volkswirtschaftlicher IRR je Projekt und Szenario</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Study report</source>
        <translation>Studienbericht</translation>
    </message>
    <message>
        <source>GridCBA %1 · %2</source>
        <translation>GridCBA %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Project %1: %2</source>
        <translation>Projekt %1: %2</translation>
    </message>
    <message>
        <source>Yearly cash flows</source>
        <translation>Jährliche Zahlungsströme</translation>
    </message>
    <message>
        <source>GridCBA</source>
        <translation>GridCBA</translation>
    </message>
    <message>
        <source>Table %1: %2</source>
        <translation>Tabelle %1: %2</translation>
    </message>
    <message>
        <source>Figure %1: %2</source>
        <translation>Abbildung %1: %2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>M€ of %1</source>
        <translation>M€ (Preisstand %1)</translation>
    </message>
    <message>
        <source>Interconnector</source>
        <translation>Interkonnektor</translation>
    </message>
    <message>
        <source>Internal reinforcement</source>
        <translation>Interne Netzverstärkung</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Other project</source>
        <translation>Sonstiges Projekt</translation>
    </message>
    <message>
        <source>none in [%1, %2]</source>
        <translation>keiner in [%1, %2]</translation>
    </message>
    <message>
        <source>The stored results of run &quot;%1&quot; cannot be read: %2</source>
        <translation>Die gespeicherten Ergebnisse des Laufs &quot;%1&quot; können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Sweep &quot;%1&quot;, run %2 with %3. Each input is moved over its range with every other input at the study&apos;s value; the switching value is where NPV = 0 (B/C = 1). Input units: fraction, factor on the study&apos;s value, or years.</source>
        <translation>Parametervariation &quot;%1&quot;, Lauf %2 mit %3. Jede Eingangsgröße wird über ihren Bereich variiert, während alle anderen auf dem Wert der Studie bleiben; der Schwellenwert ist der Wert, bei dem Kapitalwert = 0 (B/C = 1). Einheiten der Eingangsgrößen: Anteil, Faktor auf den Wert der Studie oder Jahre.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingangsgröße</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>NPV at low
(%1)</source>
        <translation>Kapitalwert bei niedrig
(%1)</translation>
    </message>
    <message>
        <source>NPV at high
(%1)</source>
        <translation>Kapitalwert bei hoch
(%1)</translation>
    </message>
    <message>
        <source>NPV = 0 at</source>
        <translation>Kapitalwert = 0 bei</translation>
    </message>
    <message>
        <source>B/C = 1 at</source>
        <translation>B/C = 1 bei</translation>
    </message>
    <message>
        <source>Tornado and switching values, scenario %1 (base NPV %2 %3)</source>
        <translation>Tornado und Schwellenwerte, Szenario %1 (Basis-Kapitalwert %2 %3)</translation>
    </message>
    <message>
        <source>Commissioning year</source>
        <translation>Inbetriebnahmejahr</translation>
    </message>
    <message>
        <source>NPV against the commissioning year, scenario %1</source>
        <translation>Kapitalwert in Abhängigkeit vom Inbetriebnahmejahr, Szenario %1</translation>
    </message>
    <message>
        <source>The stored run &quot;%1&quot; cannot be read: %2</source>
        <translation>Der gespeicherte Lauf &quot;%1&quot; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Monte Carlo &quot;%1&quot;, run %2 with %3: %4 samples, seed %5. The indicator inputs are held fixed; the same draw is evaluated in every scenario.</source>
        <translation>Monte-Carlo &quot;%1&quot;, Lauf %2 mit %3: %4 Stichproben, Seed %5. Die Indikatoreingaben werden festgehalten; dieselbe Ziehung wird in jedem Szenario ausgewertet.</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>min %1, mode %2, max %3</source>
        <translation>min %1, Modus %2, max %3</translation>
    </message>
    <message>
        <source>min %1, max %2</source>
        <translation>min %1, max %2</translation>
    </message>
    <message>
        <source>mean %1, standard deviation %2</source>
        <translation>Mittelwert %1, Standardabweichung %2</translation>
    </message>
    <message>
        <source>Rank correlation</source>
        <translation>Rangkorrelation</translation>
    </message>
    <message>
        <source>Inputs of Monte Carlo run &quot;%1&quot;</source>
        <translation>Eingangsgrößen des Monte-Carlo-Laufs &quot;%1&quot;</translation>
    </message>
    <message>
        <source>NPV P10
(%1)</source>
        <translation>Kapitalwert P10
(%1)</translation>
    </message>
    <message>
        <source>NPV P50
(%1)</source>
        <translation>Kapitalwert P50
(%1)</translation>
    </message>
    <message>
        <source>NPV P90
(%1)</source>
        <translation>Kapitalwert P90
(%1)</translation>
    </message>
    <message>
        <source>P(NPV &gt; 0)</source>
        <translation>P(Kapitalwert &gt; 0)</translation>
    </message>
    <message>
        <source>B/C P10</source>
        <translation>B/C P10</translation>
    </message>
    <message>
        <source>B/C P50</source>
        <translation>B/C P50</translation>
    </message>
    <message>
        <source>B/C P90</source>
        <translation>B/C P90</translation>
    </message>
    <message>
        <source>NPV and B/C distribution of Monte Carlo run &quot;%1&quot;</source>
        <translation>Kapitalwert- und B/C-Verteilung des Monte-Carlo-Laufs &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Sensitivity and Monte Carlo analyses</source>
        <translation>Sensitivitäts- und Monte-Carlo-Analysen</translation>
    </message>
    <message>
        <source>No sensitivity analysis (one-at-a-time sweep, tornado or switching value) is stored in this study for project %1.</source>
        <translation>In dieser Studie ist für Projekt %1 keine Sensitivitätsanalyse (Parametervariation einzeln je Eingangsgröße, Tornado oder Schwellenwert) gespeichert.</translation>
    </message>
    <message>
        <source>No Monte Carlo analysis is stored in this study for project %1, so no distribution of the NPV (P10, P50, P90, probability of a positive NPV) is given.</source>
        <translation>In dieser Studie ist für Projekt %1 keine Monte-Carlo-Analyse gespeichert, daher wird keine Verteilung des Kapitalwert (P10, P50, P90, Wahrscheinlichkeit eines positiven Kapitalwert) angegeben.</translation>
    </message>
    <message>
        <source>The NPV at the low and high societal cost of carbon and at the low and high ends of the CAPEX range, each with every other input at its central value, is given in the chapter Economic evaluation.</source>
        <translation>Der Kapitalwert bei niedrigen und hohen gesellschaftlichen CO2-Kosten sowie am unteren und oberen Ende der CAPEX-Spanne, jeweils mit allen anderen Eingangsgrößen auf ihrem zentralen Wert, ist im Kapitel Wirtschaftliche Bewertung angegeben.</translation>
    </message>
    <message>
        <source>Yearly cash flows of project %1</source>
        <translation>Jährliche Zahlungsströme von Projekt %1</translation>
    </message>
    <message>
        <source>No cash flows: the project is not evaluated.</source>
        <translation>Keine Zahlungsströme: Das Projekt ist nicht ausgewertet.</translation>
    </message>
    <message>
        <source>All values in %1 per year. Discount factor = 1 / (1 + %2)^(year − %3). NPV = Σ net cash flow × discount factor. Headline benefits are B1, B2, B5, B6, B9 and other benefits; B4 is not included. The same table is exported with full precision (File &gt; Export Tables).</source>
        <translation>Alle Werte in %1 pro Jahr. Diskontfaktor = 1 / (1 + %2)^(Jahr − %3). Kapitalwert = Σ Netto-Zahlungsstrom × Diskontfaktor. Hauptnutzen sind B1, B2, B5, B6, B9 und sonstige Nutzen; B4 ist nicht enthalten. Dieselbe Tabelle wird mit voller Genauigkeit exportiert (Datei &gt; Tabellen exportieren).</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Headline benefits (M€)</source>
        <translation>Hauptnutzen (M€)</translation>
    </message>
    <message>
        <source>Residual value (M€)</source>
        <translation>Restwert (M€)</translation>
    </message>
    <message>
        <source>CAPEX (M€)</source>
        <translation>CAPEX (M€)</translation>
    </message>
    <message>
        <source>OPEX (M€)</source>
        <translation>OPEX (M€)</translation>
    </message>
    <message>
        <source>Decommis- sioning (M€)</source>
        <translation>Rückbau (M€)</translation>
    </message>
    <message>
        <source>Net cash flow (M€)</source>
        <translation>Netto-Zahlungsstrom (M€)</translation>
    </message>
    <message>
        <source>Discount factor</source>
        <translation>Diskontfaktor</translation>
    </message>
    <message>
        <source>Discounted net (M€)</source>
        <translation>Netto diskontiert (M€)</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>Kapitalwert</translation>
    </message>
    <message>
        <source>Yearly cash flows of project %1 in scenario %2 (%3)</source>
        <translation>Jährliche Zahlungsströme von Projekt %1 in Szenario %2 (%3)</translation>
    </message>
    <message>
        <source>Signs follow the guideline. B1, B3, B5 in €, B9 and other benefits are positive when the project brings a benefit. B2 (ΔCO2), B4 (Δ pollutants), B5 (Δ losses) and B6 (ΔEENS, ΔLOLE) are &quot;with minus without&quot; the project, so a negative value is a reduction. Monetised values are those the evaluation used, in M€ of %1 per year: B2 = −ΔCO2 × (central societal cost of carbon − market CO2 price), only the carbon value beyond the CO2 price already inside B1; B6 = −ΔEENS × VOLL; B9 = reserve avoided × reserve cost; B4 at damage costs is shown apart and is not in the NPV. Quantified indicators (B3, LOLE, losses in MWh) are shown beside the monetised ones and never added to them.</source>
        <translation>Die Vorzeichen folgen der Leitlinie. B1, B3, B5 in €, B9 und sonstige Nutzen sind positiv, wenn das Projekt einen Nutzen bringt. B2 (ΔCO2), B4 (Δ Schadstoffe), B5 (Δ Verluste) und B6 (ΔEENS, ΔLOLE) sind „mit minus ohne“ das Projekt, ein negativer Wert ist also eine Verringerung. Monetarisierte Werte sind die in der Bewertung verwendeten, in M€ (Preisstand %1) pro Jahr: B2 = −ΔCO2 × (zentrale gesellschaftliche CO2-Kosten − CO2-Marktpreis), also nur der CO2-Wert über den bereits in B1 enthaltenen CO2-Preis hinaus; B6 = −ΔEENS × VOLL; B9 = vermiedene Reserve × Reservekosten; B4 zu Schadenskosten wird gesondert ausgewiesen und ist nicht im Kapitalwert enthalten. Quantifizierte Indikatoren (B3, LOLE, Verluste in MWh) werden neben den monetarisierten ausgewiesen und nie zu ihnen addiert.</translation>
    </message>
    <message>
        <source>The indicators of this scenario cannot be evaluated.</source>
        <translation>Die Indikatoren dieses Szenarios können nicht ausgewertet werden.</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>eingegeben</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>berechnet</translation>
    </message>
    <message>
        <source>%1: %2, source: %3</source>
        <translation>%1: %2, Quelle: %3</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Quantity unit</source>
        <translation>Mengeneinheit</translation>
    </message>
    <message>
        <source>Reliability class</source>
        <translation>Zuverlässigkeitsklasse</translation>
    </message>
    <message>
        <source>%1 quantity</source>
        <translation>%1 Menge</translation>
    </message>
    <message>
        <source>%1 monetised (M€/yr)</source>
        <translation>%1 monetarisiert (M€/yr)</translation>
    </message>
    <message>
        <source>%1, not in NPV</source>
        <translation>%1, nicht im Kapitalwert</translation>
    </message>
    <message>
        <source>Indicators of project %1 in scenario %2, per study year (monetised in M€ of %3 per year)</source>
        <translation>Indikatoren von Projekt %1 in Szenario %2, je Studienjahr (monetarisiert in M€, Preisstand %3, pro Jahr)</translation>
    </message>
    <message>
        <source>Not assessed in this scenario (no input, which is not the same as zero): %1.</source>
        <translation>In diesem Szenario nicht bewertet (keine Eingabe, was nicht dasselbe ist wie null): %1.</translation>
    </message>
    <message>
        <source>Origin of the inputs. %1.</source>
        <translation>Herkunft der Eingaben. %1.</translation>
    </message>
    <message>
        <source>Benefit indicators</source>
        <translation>Nutzenindikatoren</translation>
    </message>
    <message>
        <source>Reliability classes: monetised indicators enter the headline NPV and B/C ratio; quantified indicators are given in physical units only; qualitative indicators (B7, B8, S1–S3) follow in their own section.</source>
        <translation>Zuverlässigkeitsklassen: Monetarisierte Indikatoren gehen in den Haupt-Kapitalwert und das B/C-Verhältnis ein; quantifizierte Indikatoren werden nur in physikalischen Einheiten angegeben; qualitative Indikatoren (B7, B8, S1–S3) folgen in einem eigenen Abschnitt.</translation>
    </message>
    <message>
        <source>The project is not assessed in: %1. It has no indicator inputs there and those scenarios are left out of the ranges.</source>
        <translation>Das Projekt ist nicht bewertet in: %1. Dort hat es keine Indikatoreingaben, und diese Szenarien bleiben bei den Spannen unberücksichtigt.</translation>
    </message>
    <message>
        <source>Non-monetised indicators (B7, B8, S1–S3)</source>
        <translation>Nicht monetarisierte Indikatoren (B7, B8, S1–S3)</translation>
    </message>
    <message>
        <source>No flexibility (B7), stability (B8) or residual impact (S1–S3) indicators are entered for this project.</source>
        <translation>Für dieses Projekt sind keine Indikatoren zu Flexibilität (B7), Stabilität (B8) oder verbleibenden Auswirkungen (S1–S3) eingegeben.</translation>
    </message>
    <message>
        <source>These indicators are reported as entered by the promoter and are not monetised. Scores: −− strongly negative, − negative, 0 neutral, + positive, ++ strongly positive, or a quantity with its unit.</source>
        <translation>Diese Indikatoren werden so ausgewiesen, wie der Projektträger sie eingegeben hat, und sind nicht monetarisiert. Bewertungen: −− stark negativ, − negativ, 0 neutral, + positiv, ++ stark positiv, oder eine Menge mit ihrer Einheit.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Qualitative indicators of project %1</source>
        <translation>Qualitative Indikatoren von Projekt %1</translation>
    </message>
    <message>
        <source>Project identification and description</source>
        <translation>Projektidentifikation und -beschreibung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Investments</source>
        <translation>Investitionen</translation>
    </message>
    <message>
        <source>Price year of € indicator inputs</source>
        <translation>Preisjahr der €-Indikatoreingaben</translation>
    </message>
    <message>
        <source>Assessment period</source>
        <translation>Betrachtungszeitraum</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Identification of project %1</source>
        <translation>Identifikation von Projekt %1</translation>
    </message>
    <message>
        <source>The project changes no cross-border transfer capacity (no border is entered).</source>
        <translation>Das Projekt ändert keine grenzüberschreitende Übertragungskapazität (keine Grenze eingegeben).</translation>
    </message>
    <message>
        <source>From zone</source>
        <translation>Von Zone</translation>
    </message>
    <message>
        <source>To zone</source>
        <translation>Nach Zone</translation>
    </message>
    <message>
        <source>ΔNTC from → to (MW)</source>
        <translation>ΔNTC von → nach (MW)</translation>
    </message>
    <message>
        <source>ΔNTC to → from (MW)</source>
        <translation>ΔNTC nach → von (MW)</translation>
    </message>
    <message>
        <source>Transfer capacity added per border</source>
        <translation>Hinzugefügte Übertragungskapazität je Grenze</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investition</translation>
    </message>
    <message>
        <source>Asset type</source>
        <translation>Anlagentyp</translation>
    </message>
    <message>
        <source>Technical lifetime (years)</source>
        <translation>Technische Nutzungsdauer (Jahre)</translation>
    </message>
    <message>
        <source>Price year</source>
        <translation>Preisjahr</translation>
    </message>
    <message>
        <source>CAPEX, central (M€)</source>
        <translation>CAPEX, zentral (M€)</translation>
    </message>
    <message>
        <source>Investments of the project (CAPEX in € of each investment&apos;s price year)</source>
        <translation>Investitionen des Projekts (CAPEX in € des Preisjahres der jeweiligen Investition)</translation>
    </message>
    <message>
        <source>CAPEX low (M€)</source>
        <translation>CAPEX niedrig (M€)</translation>
    </message>
    <message>
        <source>CAPEX central (M€)</source>
        <translation>CAPEX zentral (M€)</translation>
    </message>
    <message>
        <source>CAPEX high (M€)</source>
        <translation>CAPEX hoch (M€)</translation>
    </message>
    <message>
        <source>%1 total</source>
        <translation>%1 gesamt</translation>
    </message>
    <message>
        <source>CAPEX phasing (C1) with its uncertainty range, in € of each investment&apos;s price year; a lump sum is spread evenly over the years shown</source>
        <translation>Zeitliche Verteilung der CAPEX (C1) mit ihrer Unsicherheitsspanne, in € des Preisjahres der jeweiligen Investition; eine Pauschalsumme wird gleichmäßig auf die gezeigten Jahre verteilt</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Costs are entered per investment in € of the investment&apos;s price year and converted to %1 prices with the deflator (Annex). The low and high CAPEX give the NPV at the ends of the uncertainty range (chapter Economic evaluation).</source>
        <translation>Kosten werden je Investition in € des Preisjahres der Investition eingegeben und mit dem Deflator auf Preisstand %1 umgerechnet (Anhang). Die niedrigen und hohen CAPEX ergeben den Kapitalwert an den Enden der Unsicherheitsspanne (Kapitel Wirtschaftliche Bewertung).</translation>
    </message>
    <message>
        <source>OPEX (M€/yr)</source>
        <translation>OPEX (M€/yr)</translation>
    </message>
    <message>
        <source>OPEX as share of CAPEX (%/yr)</source>
        <translation>OPEX als Anteil der CAPEX (%/yr)</translation>
    </message>
    <message>
        <source>Decommissioning (M€)</source>
        <translation>Rückbau (M€)</translation>
    </message>
    <message>
        <source>Operating costs (C2) from commissioning to the end of the assessment period, and decommissioning cost booked in its last year</source>
        <translation>Betriebskosten (C2) von der Inbetriebnahme bis zum Ende des Betrachtungszeitraums und im letzten Jahr verbuchte Rückbaukosten</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Present value (%1)</source>
        <translation>Barwert (%1)</translation>
    </message>
    <message>
        <source>CAPEX</source>
        <translation>CAPEX</translation>
    </message>
    <message>
        <source>OPEX</source>
        <translation>OPEX</translation>
    </message>
    <message>
        <source>Decommissioning</source>
        <translation>Rückbau</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Present value of the costs, discounted at %1 to %2 (the same in every scenario)</source>
        <translation>Barwert der Kosten, diskontiert mit %1 auf %2 (in jedem Szenario gleich)</translation>
    </message>
    <message>
        <source>Beneficiaries and cost bearers</source>
        <translation>Begünstigte und Kostenträger</translation>
    </message>
    <message>
        <source>No cost shares are entered for this project, so no cost bearers can be shown.</source>
        <translation>Für dieses Projekt sind keine Kostenanteile eingegeben, daher können keine Kostenträger angezeigt werden.</translation>
    </message>
    <message>
        <source>Each country bears the project&apos;s costs in proportion to its cost share. Costs do not depend on the scenario.</source>
        <translation>Jedes Land trägt die Projektkosten im Verhältnis seines Kostenanteils. Die Kosten hängen nicht vom Szenario ab.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Cost share (%)</source>
        <translation>Kostenanteil (%)</translation>
    </message>
    <message>
        <source>PV CAPEX</source>
        <translation>Barwert CAPEX</translation>
    </message>
    <message>
        <source>PV OPEX</source>
        <translation>Barwert OPEX</translation>
    </message>
    <message>
        <source>PV decommissioning</source>
        <translation>Barwert Rückbau</translation>
    </message>
    <message>
        <source>PV costs borne</source>
        <translation>Barwert getragene Kosten</translation>
    </message>
    <message>
        <source>Cost bearers by country</source>
        <translation>Kostenträger nach Land</translation>
    </message>
    <message>
        <source>Per-country net positions are not shown. Where B1 was computed by the market model, the chapter “Market model” splits it by country into consumer surplus, producer surplus and congestion rent for each scenario and study year, weighted over climate years; B2–B6 and indicator inputs entered from other studies cover the whole modelled perimeter and are not split. No split of the other benefits by country is assumed, so no net position per country (benefits minus allocated costs) is given.</source>
        <translation>Nettopositionen je Land werden nicht ausgewiesen. Wo B1 vom Marktmodell berechnet wurde, teilt das Kapitel „Marktmodell“ es je Land in Konsumentenrente, Produzentenrente und Engpasserlöse auf, für jedes Szenario und Studienjahr, gewichtet über die Klimajahre; B2–B6 und aus anderen Studien eingegebene Indikatoren decken den gesamten modellierten Bereich ab und werden nicht aufgeteilt. Für die übrigen Nutzen wird keine Aufteilung nach Ländern angenommen, daher wird keine Nettoposition je Land (Nutzen abzüglich zugeordneter Kosten) angegeben.</translation>
    </message>
    <message>
        <source>Present values in %1, discounted at %2 (real) to %3, over %4 operating years.</source>
        <translation>Barwerte in %1, diskontiert mit %2 (real) auf %3, über %4 Betriebsjahre.</translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation>Restwert</translation>
    </message>
    <message>
        <source>Costs (CAPEX + OPEX + decommissioning)</source>
        <translation>Kosten (CAPEX + OPEX + Rückbau)</translation>
    </message>
    <message>
        <source>The project could not be evaluated: %1</source>
        <translation>Das Projekt konnte nicht ausgewertet werden: %1</translation>
    </message>
    <message>
        <source>The project has no indicator inputs in any scenario, so it is not assessed.</source>
        <translation>Das Projekt hat in keinem Szenario Indikatoreingaben und wird daher nicht bewertet.</translation>
    </message>
    <message numerus="yes">
        <source>Project %1 is assessed in %n scenario(s) over the assessment period %2–%3. %4</source>
        <translation>
            <numerusform>Projekt %1 wird in %n Szenario über den Betrachtungszeitraum %2–%3 bewertet. %4</numerusform>
            <numerusform>Projekt %1 wird in %n Szenarien über den Betrachtungszeitraum %2–%3 bewertet. %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Range over scenarios</source>
        <translation>Spanne über die Szenarien</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Key results of project %1 per scenario</source>
        <translation>Wichtigste Ergebnisse von Projekt %1 je Szenario</translation>
    </message>
    <message>
        <source>Not assessed (no indicator inputs): %1.</source>
        <translation>Nicht bewertet (keine Indikatoreingaben): %1.</translation>
    </message>
    <message>
        <source>Present value of monetised benefits (left bar) and costs (right bar) per scenario</source>
        <translation>Barwert der monetarisierten Nutzen (linker Balken) und der Kosten (rechter Balken) je Szenario</translation>
    </message>
    <message>
        <source>Economic evaluation</source>
        <translation>Wirtschaftliche Bewertung</translation>
    </message>
    <message>
        <source>%1 NPV = PV(monetised headline benefits) + PV(residual value) − PV(CAPEX) − PV(OPEX) − PV(decommissioning). %2 The economic IRR is the discount rate at which the NPV is zero; &quot;none&quot; means the NPV does not change sign.</source>
        <translation>%1 Kapitalwert = PV(monetarisierte Hauptnutzen) + PV(Restwert) − PV(CAPEX) − PV(OPEX) − PV(Rückbau). %2 Der volkswirtschaftliche IRR ist der Diskontierungssatz, bei dem der Kapitalwert null ist; „keiner“ bedeutet, dass der Kapitalwert sein Vorzeichen nicht wechselt.</translation>
    </message>
    <message>
        <source>B/C = [PV(benefits) + PV(residual) − PV(OPEX)] / [PV(CAPEX) + PV(decommissioning)].</source>
        <translation>B/C = [PV(Nutzen) + PV(Restwert) − PV(OPEX)] / [PV(CAPEX) + PV(Rückbau)].</translation>
    </message>
    <message>
        <source>B/C = [PV(benefits) + PV(residual)] / [PV(CAPEX) + PV(OPEX) + PV(decommissioning)].</source>
        <translation>B/C = [PV(Nutzen) + PV(Restwert)] / [PV(CAPEX) + PV(OPEX) + PV(Rückbau)].</translation>
    </message>
    <message>
        <source>Headline benefits (in NPV)</source>
        <translation>Hauptnutzen (im Kapitalwert)</translation>
    </message>
    <message>
        <source>Net present value (NPV)</source>
        <translation>Kapitalwert (NPV)</translation>
    </message>
    <message>
        <source>Benefit/cost ratio (B/C)</source>
        <translation>Nutzen-Kosten-Verhältnis (B/C)</translation>
    </message>
    <message>
        <source>Economic evaluation of project %1 per scenario</source>
        <translation>Wirtschaftliche Bewertung von Projekt %1 je Szenario</translation>
    </message>
    <message>
        <source>NPV variant (%1)</source>
        <translation>Kapitalwert-Variante (%1)</translation>
    </message>
    <message>
        <source>NPV, central values</source>
        <translation>Kapitalwert, zentrale Werte</translation>
    </message>
    <message>
        <source>NPV, societal cost of carbon low</source>
        <translation>Kapitalwert, gesellschaftliche CO2-Kosten niedrig</translation>
    </message>
    <message>
        <source>NPV, societal cost of carbon high</source>
        <translation>Kapitalwert, gesellschaftliche CO2-Kosten hoch</translation>
    </message>
    <message>
        <source>NPV, CAPEX low</source>
        <translation>Kapitalwert, CAPEX niedrig</translation>
    </message>
    <message>
        <source>NPV, CAPEX high</source>
        <translation>Kapitalwert, CAPEX hoch</translation>
    </message>
    <message>
        <source>NPV at the ends of the uncertainty ranges (one input changed at a time)</source>
        <translation>Kapitalwert an den Enden der Unsicherheitsspannen (jeweils eine Eingangsgröße geändert)</translation>
    </message>
    <message>
        <source>Range over the assessed scenarios: NPV %1 to %2 %3; B/C %4.</source>
        <translation>Spanne über die bewerteten Szenarien: Kapitalwert %1 bis %2 %3; B/C %4.</translation>
    </message>
    <message>
        <source>Note (%1): %2</source>
        <translation>Hinweis (%1): %2</translation>
    </message>
    <message>
        <source>Net cash flow (%1 per year)</source>
        <translation>Netto-Zahlungsstrom (%1 pro Jahr)</translation>
    </message>
    <message>
        <source>Yearly net cash flow (undiscounted headline benefits + residual value − costs)</source>
        <translation>Jährlicher Netto-Zahlungsstrom (nicht diskontierte Hauptnutzen + Restwert − Kosten)</translation>
    </message>
    <message>
        <source>linear: total CAPEX × (T − N) / T, booked as a benefit in the last year of the assessment period</source>
        <translation>linear: gesamte CAPEX × (T − N) / T, als Nutzen im letzten Jahr des Betrachtungszeitraums verbucht</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>[PV(benefits) + PV(residual) − PV(OPEX)] / [PV(CAPEX) + PV(decommissioning)]</source>
        <translation>[PV(Nutzen) + PV(Restwert) − PV(OPEX)] / [PV(CAPEX) + PV(Rückbau)]</translation>
    </message>
    <message>
        <source>[PV(benefits) + PV(residual)] / [PV(CAPEX) + PV(OPEX) + PV(decommissioning)]</source>
        <translation>[PV(Nutzen) + PV(Restwert)] / [PV(CAPEX) + PV(OPEX) + PV(Rückbau)]</translation>
    </message>
    <message>
        <source>Scenarios and economic parameters</source>
        <translation>Szenarien und ökonomische Parameter</translation>
    </message>
    <message>
        <source>Economic parameters</source>
        <translation>Wirtschaftliche Parameter</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Economic parameters of the study</source>
        <translation>Wirtschaftliche Parameter der Studie</translation>
    </message>
    <message>
        <source>Price base year</source>
        <translation>Preisbasisjahr</translation>
    </message>
    <message>
        <source>Discount rate (real)</source>
        <translation>Diskontierungssatz (real)</translation>
    </message>
    <message>
        <source>Discounting year t0</source>
        <translation>Diskontierungsjahr t0</translation>
    </message>
    <message>
        <source>Operating years assessed N</source>
        <translation>Bewertete Betriebsjahre N</translation>
    </message>
    <message>
        <source>Share of the commissioning year assessed</source>
        <translation>Bewerteter Anteil des Inbetriebnahmejahres</translation>
    </message>
    <message>
        <source>Deflator (price index by year)</source>
        <translation>Deflator (Preisindex nach Jahr)</translation>
    </message>
    <message>
        <source>none (all inputs in base-year prices)</source>
        <translation>keiner (alle Eingaben in Preisen des Basisjahres)</translation>
    </message>
    <message>
        <source>Climate years (weight)</source>
        <translation>Klimajahre (Gewicht)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Scenarios of the study</source>
        <translation>Szenarien der Studie</translation>
    </message>
    <message>
        <source>Study year</source>
        <translation>Studienjahr</translation>
    </message>
    <message>
        <source>Market CO2 price (€/t)</source>
        <translation>CO2-Marktpreis (€/t)</translation>
    </message>
    <message>
        <source>SCC low (€/t)</source>
        <translation>SCC niedrig (€/t)</translation>
    </message>
    <message>
        <source>SCC central (€/t)</source>
        <translation>SCC zentral (€/t)</translation>
    </message>
    <message>
        <source>SCC high (€/t)</source>
        <translation>SCC hoch (€/t)</translation>
    </message>
    <message>
        <source>VOLL (€/MWh)</source>
        <translation>VOLL (€/MWh)</translation>
    </message>
    <message>
        <source>Reserve cost (€/MW/yr)</source>
        <translation>Reservekosten (€/MW/yr)</translation>
    </message>
    <message>
        <source>Parameters per scenario and study year, in € of each scenario&apos;s price year (SCC: societal cost of carbon; the central value is the headline)</source>
        <translation>Parameter je Szenario und Studienjahr, in € des jeweiligen Preisjahrs des Szenarios (SCC: gesellschaftliche CO2-Kosten; maßgeblich ist der zentrale Wert)</translation>
    </message>
    <message>
        <source>Damage costs of pollutants and fuel prices are listed with every other parameter value in the annex.</source>
        <translation>Schadenskosten von Schadstoffen und Brennstoffpreise sind zusammen mit allen übrigen Parameterwerten im Anhang aufgeführt.</translation>
    </message>
    <message>
        <source>Parameter values used</source>
        <translation>Verwendete Parameterwerte</translation>
    </message>
    <message>
        <source>Every economic and scenario parameter of the study, as stored. The same list is exported as the table &quot;parameters&quot;.</source>
        <translation>Alle ökonomischen und Szenarioparameter der Studie, wie gespeichert. Dieselbe Liste wird als Tabelle &quot;parameters&quot; exportiert.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Parameter values</source>
        <translation>Parameterwerte</translation>
    </message>
    <message>
        <source>Traceability</source>
        <translation>Nachvollziehbarkeit</translation>
    </message>
    <message>
        <source>Every figure in this report is computed by the GridCBA economics engine from the study file named below, whose SHA-256 checksum identifies the exact bytes read. The same figures are printed at full precision by: gridcba-cli evaluate FILE --json --cash-flows.</source>
        <translation>Alle Zahlen in diesem Bericht werden von der GridCBA-Wirtschaftlichkeitsberechnung aus der unten genannten Studiendatei berechnet; deren SHA-256-Prüfsumme identifiziert genau die gelesenen Bytes. Dieselben Zahlen gibt folgender Befehl in voller Genauigkeit aus: gridcba-cli evaluate FILE --json --cash-flows.</translation>
    </message>
    <message>
        <source>Software and study file</source>
        <translation>Software und Studiendatei</translation>
    </message>
    <message>
        <source>GridCBA %1 (Qt %2)</source>
        <translation>GridCBA %1 (Qt %2)</translation>
    </message>
    <message>
        <source>SHA-256 of the study file</source>
        <translation>SHA-256 der Studiendatei</translation>
    </message>
    <message>
        <source>%1 (the study has changes not saved to this file)</source>
        <translation>%1 (die Studie enthält Änderungen, die nicht in dieser Datei gespeichert sind)</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <source>Conventions</source>
        <translation>Konventionen</translation>
    </message>
    <message>
        <source>ENTSO-E CBA guideline, 4th edition, as implemented in GridCBA (documentation: docs/economics.md)</source>
        <translation>ENTSO-E-CBA-Leitfaden, 4. Ausgabe, wie in GridCBA umgesetzt (Dokumentation: docs/economics.md)</translation>
    </message>
    <message>
        <source>B6 from %1 Monte Carlo years of forced outages per climate year (seed %2), energy not served found by a maximum-flow per hour and the week&apos;s dispatch where storage matters</source>
        <translation>B6 aus %1 Monte-Carlo-Jahren ungeplanter Ausfälle je Klimajahr (Seed %2); nicht gelieferte Energie ermittelt über einen maximalen Fluss je Stunde und, wo Speicher relevant sind, über die Einsatzplanung der Woche</translation>
    </message>
    <message>
        <source>no adequacy run (B6 not computed)</source>
        <translation>keine Berechnung der Versorgungssicherheit (B6 nicht berechnet)</translation>
    </message>
    <message>
        <source>B1–B6 were computed by GridCBA&apos;s zonal market model: an hourly, cost-minimising dispatch solved week by week (168 h, storage carried between weeks) for the reference grid and for the grid with the project (PINT) or without it (TOOT), with a hurdle cost of %1 €/MWh on cross-border flows; %2. Solver: %3. Software: %4, results of %5. B1 is the change of generation cost (fuel, CO2 at the market price, variable O&amp;M, DSR); it excludes energy not served, which is B6. Losses on modelled borders are inside B1; B5 reports their quantity. The climate years are combined by the scenario&apos;s weights.</source>
        <translation>B1–B6 wurden mit dem zonalen Marktmodell von GridCBA berechnet: eine stündliche, kostenminimierende Einsatzplanung, Woche für Woche gelöst (168 h, Speicherstände werden zwischen den Wochen übertragen), für das Referenznetz und für das Netz mit dem Projekt (PINT) bzw. ohne das Projekt (TOOT), mit Hürdenkosten von %1 €/MWh auf grenzüberschreitenden Flüssen; %2. Solver: %3. Software: %4, Ergebnisse vom %5. B1 ist die Änderung der Erzeugungskosten (Brennstoff, CO2 zum Marktpreis, variable Betriebs- und Wartungskosten (O&amp;M), DSR); nicht gelieferte Energie ist nicht enthalten, sie bildet B6. Verluste auf modellierten Grenzen sind in B1 enthalten; B5 weist ihre Menge aus. Die Klimajahre werden mit den Gewichten des Szenarios kombiniert.</translation>
    </message>
    <message>
        <source>Market model</source>
        <translation>Marktmodell</translation>
    </message>
    <message>
        <source>Scenario, year,
climate year (weight)</source>
        <translation>Szenario, Jahr,
Klimajahr (Gewicht)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Generation
cost without
(M€/yr)</source>
        <translation>Erzeugungs-
kosten ohne
(M€/yr)</translation>
    </message>
    <message>
        <source>B1
(M€/yr)</source>
        <translation>B1
(M€/yr)</translation>
    </message>
    <message>
        <source>B2 ΔCO2
(t/yr)</source>
        <translation>B2 ΔCO2
(t/yr)</translation>
    </message>
    <message>
        <source>B3 avoided
curtailment
(MWh/yr)</source>
        <translation>B3 vermiedene
Abregelung
(MWh/yr)</translation>
    </message>
    <message>
        <source>B5 Δlosses
(MWh/yr)</source>
        <translation>B5 ΔVerluste
(MWh/yr)</translation>
    </message>
    <message>
        <source>ΔEENS
(MWh/yr)</source>
        <translation>ΔEENS
(MWh/yr)</translation>
    </message>
    <message>
        <source>ΔLOLE
(h/yr)</source>
        <translation>ΔLOLE
(h/yr)</translation>
    </message>
    <message>
        <source>%1 %2, %3 (%4)</source>
        <translation>%1 %2, %3 (%4)</translation>
    </message>
    <message>
        <source>Market model results per climate year (money in € of the scenario&apos;s price year; signs as in the indicator chapter)</source>
        <translation>Ergebnisse des Marktmodells je Klimajahr (Geldbeträge in € des Preisjahrs des Szenarios; Vorzeichen wie im Kapitel Indikatoren)</translation>
    </message>
    <message>
        <source>
(M€/yr)</source>
        <translation>
(M€/yr)</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <source>B1 by country: change of consumer surplus, producer surplus and congestion rent (half of a border&apos;s rent to each side), weighted over climate years; countries with at least 1 % of the largest value. The total equals B1.</source>
        <translation>B1 nach Land: Änderung von Konsumentenrente, Produzentenrente und Engpasserlös (der Engpasserlös einer Grenze je zur Hälfte auf beide Seiten), gewichtet über die Klimajahre; Länder mit mindestens 1 % des größten Werts. Die Summe entspricht B1.</translation>
    </message>
    <message>
        <source>Δ surplus (M€/yr)</source>
        <translation>Δ Rente (M€/yr)</translation>
    </message>
    <message>
        <source>Consumer surplus</source>
        <translation>Konsumentenrente</translation>
    </message>
    <message>
        <source>Producer surplus</source>
        <translation>Produzentenrente</translation>
    </message>
    <message>
        <source>Congestion rent</source>
        <translation>Engpasserlös</translation>
    </message>
    <message>
        <source>B1 by country and surplus, %1</source>
        <translation>B1 nach Land und Rente, %1</translation>
    </message>
</context>
<context>
    <name>gridcba::report::Xlsx</name>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>Kapitalwert</translation>
    </message>
    <message>
        <source>NPV (%1)</source>
        <translation>Kapitalwert (%1)</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Tabellenblatt</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Numbers are stored at full precision; money in € (not M€), rates and shares as fractions.</source>
        <translation>Zahlen werden in voller Genauigkeit gespeichert; Geldbeträge in € (nicht M€), Sätze und Anteile als Dezimalbrüche.</translation>
    </message>
    <message>
        <source>contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation>temporäres Verzeichnis kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation>Arbeitsmappe kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
</context>
<context>
    <name>gridcba::ui</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 (or their keys: %2)</source>
        <translation>%1 (oder ihre Schlüssel: %2)</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>column %1 has no name</source>
        <translation>Spalte %1 hat keinen Namen</translation>
    </message>
    <message>
        <source>unknown column “%1”; expected one of: %2</source>
        <translation>unbekannte Spalte „%1“; erwartet wird eine von: %2</translation>
    </message>
    <message>
        <source>columns “%1” and “%2” both give %3; keep one of them</source>
        <translation>die Spalten „%1“ und „%2“ geben beide %3 an; behalten Sie nur eine davon</translation>
    </message>
    <message>
        <source>the column “%1” (key “%2”) is missing</source>
        <translation>die Spalte „%1“ (Schlüssel „%2“) fehlt</translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Datenzeilen</translation>
    </message>
    <message>
        <source>the table no longer exists in the study</source>
        <translation>die Tabelle existiert in der Studie nicht mehr</translation>
    </message>
    <message>
        <source>this table has a fixed number of rows (%1) but the file has %2 data rows</source>
        <translation>diese Tabelle hat eine feste Zeilenzahl (%1), die Datei hat aber %2 Datenzeilen</translation>
    </message>
    <message>
        <source>rows cannot be added to this table</source>
        <translation>dieser Tabelle können keine Zeilen hinzugefügt werden</translation>
    </message>
    <message>
        <source>%1 cells, but the header names %2 columns</source>
        <translation>%1 Zellen, die Kopfzeile nennt aber %2 Spalten</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>ein Wert ist erforderlich</translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>“%1” is not a finite number</source>
        <translation>„%1“ ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>„%1“ ist keiner der Werte: %2</translation>
    </message>
    <message>
        <source>“%1” is not yes or no</source>
        <translation>„%1“ ist weder ja noch nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>the file has more than %1 data rows, the most a table takes (is it the right file?)</source>
        <translation>die Datei hat mehr als %1 Datenzeilen, die Höchstzahl einer Tabelle (ist es die richtige Datei?)</translation>
    </message>
    <message>
        <source>“%1” is implausibly large (more than %2 in base units); check the unit</source>
        <extracomment>%2 is the largest value accepted, in the column&apos;s base unit (€, MW, MWh, t)</extracomment>
        <translation>„%1“ ist unplausibel groß (mehr als %2 in Basiseinheiten); prüfen Sie die Einheit</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::AnalysisRunsModel</name>
    <message>
        <source>Sweep</source>
        <translation>Parametervariation</translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation>Monte-Carlo</translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <source>Double-click to rename the run.</source>
        <translation>Doppelklicken, um den Lauf umzubenennen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Run on</source>
        <translation>Ausgeführt am</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::AutoSaver</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>The autosaved copy of “%1” cannot be restored: %2</source>
        <translation>Die automatisch gesicherte Kopie von „%1“ kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Recover autosaved changes</source>
        <translation>Automatisch gesicherte Änderungen wiederherstellen</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::B1ZoneChart</name>
    <message>
        <source>B1 by zone: surplus split</source>
        <translation>B1 nach Zone: Aufteilung der Renten</translation>
    </message>
    <message>
        <source>Select a result row to see its B1 by zone.</source>
        <translation>Wählen Sie eine Ergebniszeile aus, um deren B1 nach Zone anzuzeigen.</translation>
    </message>
    <message>
        <source>B1 by country — %1</source>
        <translation>B1 nach Land – %1</translation>
    </message>
    <message>
        <source>B1 by zone — %1</source>
        <translation>B1 nach Zone – %1</translation>
    </message>
    <message>
        <source>Consumer surplus</source>
        <translation>Konsumentenrente</translation>
    </message>
    <message>
        <source>Producer surplus</source>
        <translation>Produzentenrente</translation>
    </message>
    <message>
        <source>Congestion rent</source>
        <translation>Engpasserlös</translation>
    </message>
    <message>
        <source>B1 (sum)</source>
        <translation>B1 (Summe)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Δ with − without (%1/yr)</source>
        <translation>Δ mit − ohne (%1/yr)</translation>
    </message>
    <message>
        <source>%1
%2: %3
B1 of %1: %4</source>
        <extracomment>%1 zone, %2 series, %3 its value, %4 the zone&apos;s B1</extracomment>
        <translation>%1
%2: %3
B1 von %1: %4</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::BenefitCostChart</name>
    <message>
        <source>Benefits and costs per scenario</source>
        <translation>Nutzen und Kosten je Szenario</translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation>Restwert</translation>
    </message>
    <message>
        <source>Costs (CAPEX + OPEX + decommissioning)</source>
        <translation>Kosten (CAPEX + OPEX + Rückbau)</translation>
    </message>
    <message>
        <source>Scenario (left bar: benefits, right bar: costs)</source>
        <translation>Szenario (linker Balken: Nutzen, rechter Balken: Kosten)</translation>
    </message>
    <message>
        <source>Present value (%1 of %2)</source>
        <translation>Barwert (%1 zu Preisen von %2)</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::CapexChart</name>
    <message>
        <source>CAPEX by year</source>
        <translation>CAPEX nach Jahr</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>No CAPEX to show</source>
        <translation>Keine CAPEX anzuzeigen</translation>
    </message>
    <message>
        <source>%1 has no CAPEX yet: add years to the phasing, or give a lump sum and its construction years.</source>
        <translation>%1 hat noch keine CAPEX: Fügen Sie der zeitlichen Verteilung Jahre hinzu oder geben Sie einen Pauschalbetrag und die zugehörigen Baujahre an.</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Zentral</translation>
    </message>
    <message>
        <source>Low–high range</source>
        <translation>Bandbreite niedrig–hoch</translation>
    </message>
    <message>
        <source>CAPEX by year: lump sum spread over the construction years</source>
        <translation>CAPEX nach Jahr: Pauschalbetrag verteilt auf die Baujahre</translation>
    </message>
    <message>
        <source>CAPEX (%1, %2 prices)</source>
        <extracomment>%1 money unit (M€), %2 price year</extracomment>
        <translation>CAPEX (%1, Preise von %2)</translation>
    </message>
    <message>
        <source>%1
central %2
range %3 – %4</source>
        <translation>%1
zentral %2
Bandbreite %3 – %4</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::CashFlowChart</name>
    <message>
        <source>Yearly cash flow and cumulative NPV</source>
        <translation>Jährlicher Zahlungsstrom und kumulierter Kapitalwert</translation>
    </message>
    <message>
        <source>No results to show.</source>
        <translation>Keine Ergebnisse anzuzeigen.</translation>
    </message>
    <message>
        <source>Yearly cash flow and cumulative NPV — %1</source>
        <translation>Jährlicher Zahlungsstrom und kumulierter Kapitalwert – %1</translation>
    </message>
    <message>
        <source>No cash flows in this scenario.</source>
        <translation>Keine Zahlungsströme in diesem Szenario.</translation>
    </message>
    <message>
        <source>Headline benefits</source>
        <translation>Maßgebliche Nutzen</translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation>Restwert</translation>
    </message>
    <message>
        <source>CAPEX</source>
        <translation>CAPEX</translation>
    </message>
    <message>
        <source>OPEX</source>
        <translation>OPEX</translation>
    </message>
    <message>
        <source>Decommissioning</source>
        <translation>Rückbau</translation>
    </message>
    <message>
        <source>Cumulative NPV (right axis), ending at %1</source>
        <translation>Kumulierter Kapitalwert (rechte Achse), endet bei %1</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Cash flow per year</source>
        <translation>Zahlungsstrom je Jahr</translation>
    </message>
    <message>
        <source>Cumulative NPV</source>
        <translation>Kumulierter Kapitalwert</translation>
    </message>
    <message>
        <source>%1
Cumulative discounted NPV: %2</source>
        <translation>%1
Kumulierter abgezinster Kapitalwert: %2</translation>
    </message>
    <message>
        <source>%1
%2: %3
Net cash flow of the year: %4</source>
        <extracomment>%1 year, %2 series (CAPEX, ...), %3 its value, %4 the year&apos;s net cash flow</extracomment>
        <translation>%1
%2: %3
Netto-Zahlungsstrom des Jahres: %4</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ChartExport</name>
    <message>
        <source>Chart exported from GridCBA</source>
        <translation>Aus GridCBA exportiertes Diagramm</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Cannot export the chart to %1: %2</source>
        <translation>Das Diagramm kann nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message>
        <source>the file name must end in .png, .svg or .pdf.</source>
        <translation>der Dateiname muss auf .png, .svg oder .pdf enden.</translation>
    </message>
    <message>
        <source>drawing failed.</source>
        <translation>Zeichnen fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Diagramm exportieren …</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image, an SVG drawing or a PDF</source>
        <translation>Diagramm als PNG-Bild, SVG-Zeichnung oder PDF speichern</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>Diagramm kopieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ClimateYearsAdapter</name>
    <message>
        <source>Climate years of %1</source>
        <translation>Klimajahre von %1</translation>
    </message>
    <message>
        <source>Weight (%)</source>
        <translation>Gewicht (%)</translation>
    </message>
    <message>
        <source>Share of this climate year when results are combined over climate years; the weights of a scenario sum to 100 %.</source>
        <translation>Anteil dieses Klimajahrs, wenn Ergebnisse über die Klimajahre kombiniert werden; die Gewichte eines Szenarios ergeben zusammen 100 %.</translation>
    </message>
    <message>
        <source>Climate year</source>
        <translation>Klimajahr</translation>
    </message>
    <message>
        <source>Weather year of the market simulations (e.g. 1995, 2008, 2009).</source>
        <translation>Wetterjahr der Marktsimulationen (z. B. 1995, 2008, 2009).</translation>
    </message>
    <message>
        <source>Row %1 no longer exists</source>
        <translation>Zeile %1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>Climate year %1 is already in the table</source>
        <translation>Klimajahr %1 ist bereits in der Tabelle enthalten</translation>
    </message>
    <message>
        <source>Weight must be between 0 % and 100 %</source>
        <translation>Das Gewicht muss zwischen 0 % und 100 % liegen</translation>
    </message>
    <message>
        <source>Climate year %1 is already in row %2</source>
        <translation>Klimajahr %1 ist bereits in Zeile %2 enthalten</translation>
    </message>
    <message>
        <source>The weights sum to %1; they must sum to 100 % before the study can be evaluated.</source>
        <translation>Die Summe der Gewichte beträgt %1; sie muss 100 % ergeben, bevor die Studie ausgewertet werden kann.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::CommissioningYearChart</name>
    <message>
        <source>NPV against commissioning year</source>
        <translation>Kapitalwert in Abhängigkeit vom Inbetriebnahmejahr</translation>
    </message>
    <message>
        <source>Commissioning year</source>
        <translation>Inbetriebnahmejahr</translation>
    </message>
    <message>
        <source>Run a sweep to see the value of timing.</source>
        <translation>Führen Sie eine Parametervariation aus, um den Wert des Zeitpunkts zu sehen.</translation>
    </message>
    <message>
        <source>The sweep has no commissioning-year assessment.</source>
        <translation>Die Parametervariation enthält keine Bewertung des Inbetriebnahmejahrs.</translation>
    </message>
    <message>
        <source>as in the study (%1)</source>
        <translation>wie in der Studie (%1)</translation>
    </message>
    <message>
        <source>Net present value (M€ of %1)</source>
        <translation>Kapitalwert (M€ zu Preisen von %1)</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::CostBearersChart</name>
    <message>
        <source>Cost bearers per country</source>
        <translation>Kostenträger je Land</translation>
    </message>
    <message>
        <source>No results to show.</source>
        <translation>Keine Ergebnisse anzuzeigen.</translation>
    </message>
    <message>
        <source>Cost bearers per country — %1</source>
        <translation>Kostenträger je Land – %1</translation>
    </message>
    <message>
        <source>No cost shares are entered for this project:
enter them in the project&apos;s costs to see who bears them.</source>
        <translation>Für dieses Projekt sind keine Kostenanteile eingegeben:
Geben Sie sie bei den Kosten des Projekts ein, um zu sehen, wer sie trägt.</translation>
    </message>
    <message>
        <source>CAPEX</source>
        <translation>CAPEX</translation>
    </message>
    <message>
        <source>OPEX</source>
        <translation>OPEX</translation>
    </message>
    <message>
        <source>Decommissioning</source>
        <translation>Rückbau</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>total cost a country bears, its share of the costs</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>PV of costs borne</source>
        <translation>Barwert der getragenen Kosten</translation>
    </message>
    <message>
        <source>%1
%2: %3
Total borne: %4 (%5 of the costs)</source>
        <extracomment>%1 country, %2 CAPEX/OPEX, %3 its value, %4 the country&apos;s total, %5 its share</extracomment>
        <translation>%1
%2: %3
Insgesamt getragen: %4 (%5 der Kosten)</translation>
    </message>
    <message>
        <source>Beneficiaries by country come from the market model: B1 split by country is on the project&apos;s Market model tab once the model has run. CAPEX, OPEX and decommissioning are split by the project&apos;s cost shares.</source>
        <translation>Die Nutznießer nach Land stammen aus dem Marktmodell: Die Aufteilung von B1 nach Land steht auf der Registerkarte „Marktmodell“ des Projekts, sobald das Modell berechnet wurde. CAPEX, OPEX und Rückbau werden nach den Kostenanteilen des Projekts aufgeteilt.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::CsvImportDialog</name>
    <message>
        <source>Import CSV into %1</source>
        <translation>CSV in %1 importieren</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <source>Data rows:</source>
        <translation>Datenzeilen:</translation>
    </message>
    <message>
        <source>The rows of the file replace all %1 rows of %2, as one step that Edit &gt; Undo takes back. A file with any error changes nothing.</source>
        <translation>Die Zeilen der Datei ersetzen alle %1 Zeilen von %2, als ein einziger Schritt, den Bearbeiten &gt; Rückgängig zurücknimmt. Eine Datei mit Fehlern ändert nichts.</translation>
    </message>
    <message>
        <source>Ready to import %1 rows.</source>
        <translation>Bereit zum Import von %1 Zeilen.</translation>
    </message>
    <message>
        <source>Nothing will be imported: fix the error below and try again.</source>
        <translation>Es wird nichts importiert: Beheben Sie den unten angezeigten Fehler und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Nothing will be imported: fix the %1 errors below and try again.</source>
        <translation>Es wird nichts importiert: Beheben Sie die %1 unten angezeigten Fehler und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Import %1 rows into %2</source>
        <translation>%1 Zeilen in %2 importieren</translation>
    </message>
    <message>
        <source>Computed by the table; a file column with this name is ignored.</source>
        <translation>Von der Tabelle berechnet; eine Dateispalte mit diesem Namen wird ignoriert.</translation>
    </message>
    <message>
        <source>Not in the file: the rows get the value a new row gets.</source>
        <translation>Nicht in der Datei: Die Zeilen erhalten den Wert, den eine neue Zeile erhält.</translation>
    </message>
    <message>
        <source>From the file&apos;s column “%1”, in base units, shown here in the table&apos;s unit.</source>
        <translation>Aus der Dateispalte „%1“, in Basiseinheiten, hier in der Einheit der Tabelle angezeigt.</translation>
    </message>
    <message>
        <source>From the file&apos;s column “%1”.</source>
        <translation>Aus der Dateispalte „%1“.</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Zeile %1 der Datei</translation>
    </message>
    <message>
        <source>The preview shows the first %1 rows.</source>
        <translation>Die Vorschau zeigt die ersten %1 Zeilen.</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::DamageCostsAdapter</name>
    <message>
        <source>Damage costs of %1</source>
        <translation>Schadenskosten von %1</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>The study year (change it in Study years).</source>
        <translation>Das Studienjahr (ändern Sie es unter „Studienjahre“).</translation>
    </message>
    <message>
        <source>%1 (€/t)</source>
        <translation>%1 (€/t)</translation>
    </message>
    <message>
        <source>Damage cost of %1 emissions (%2) in €/t of the scenario&apos;s price year. Empty: %2 is not monetised in this year.</source>
        <translation>Schadenskosten von %1-Emissionen (%2) in €/t des Preisjahrs des Szenarios. Leer: %2 wird in diesem Jahr nicht monetarisiert.</translation>
    </message>
    <message>
        <source>Row %1 no longer exists</source>
        <translation>Zeile %1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>Damage cost of %1</source>
        <translation>Schadenskosten von %1</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::DashboardPage</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Szenario:</translation>
    </message>
    <message>
        <source>All projects side by side, or the charts of one project</source>
        <translation>Alle Projekte nebeneinander oder die Diagramme eines Projekts</translation>
    </message>
    <message>
        <source>The scenario of the cash-flow and cost-bearer charts</source>
        <translation>Das Szenario der Diagramme für Zahlungsstrom und Kostenträger</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <source>Results are being updated…</source>
        <translation>Ergebnisse werden aktualisiert …</translation>
    </message>
    <message>
        <source>Open or create a study to see its results here.</source>
        <translation>Öffnen oder erstellen Sie eine Studie, um hier ihre Ergebnisse zu sehen.</translation>
    </message>
    <message>
        <source>%1: not evaluated yet.</source>
        <translation>%1: noch nicht ausgewertet.</translation>
    </message>
    <message>
        <source>%1 cannot be evaluated: %2</source>
        <translation>%1 kann nicht ausgewertet werden: %2</translation>
    </message>
    <message>
        <source>%1: no indicator inputs in any scenario.</source>
        <translation>%1: in keinem Szenario Indikatoreingaben.</translation>
    </message>
    <message>
        <source>Not in the chart:</source>
        <translation>Nicht im Diagramm:</translation>
    </message>
    <message>
        <source>Project %1 has not been evaluated yet.</source>
        <translation>Projekt %1 wurde noch nicht ausgewertet.</translation>
    </message>
    <message>
        <source>%1 cannot be evaluated, so there is nothing to chart. The engine reports:

%2</source>
        <translation>%1 kann nicht ausgewertet werden, daher gibt es nichts darzustellen. Die Berechnung meldet:

%2</translation>
    </message>
    <message>
        <source>%1 has no indicator inputs in any scenario, so there is nothing to chart. Enter its benefits (B1, B2, …) per scenario and study year.</source>
        <translation>%1 hat in keinem Szenario Indikatoreingaben, daher gibt es nichts darzustellen. Geben Sie die Nutzen (B1, B2, …) je Szenario und Studienjahr ein.</translation>
    </message>
    <message>
        <source>Not assessed (no indicator inputs): %1.</source>
        <translation>Nicht bewertet (keine Indikatoreingaben): %1.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::DeflatorAdapter</name>
    <message>
        <source>Deflator</source>
        <translation>Deflator</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>The year whose prices the index measures.</source>
        <translation>Das Jahr, dessen Preise der Index misst.</translation>
    </message>
    <message>
        <source>Price index</source>
        <translation>Preisindex</translation>
    </message>
    <message>
        <source>Price level of the year (any base: only ratios matter), e.g. the HICP. Money of year Y is converted to the price base year B by index(B) / index(Y).</source>
        <translation>Preisniveau des Jahres (beliebige Basis: nur Verhältnisse zählen), z. B. der HVPI. Geldbeträge des Jahres Y werden mit index(B) / index(Y) in das Preisbasisjahr B umgerechnet.</translation>
    </message>
    <message>
        <source>Factor to base-year prices</source>
        <translation>Faktor auf Preise des Basisjahrs</translation>
    </message>
    <message>
        <source>index(price base year) / index(year): multiply money of this year by it to express it in prices of the price base year. Empty when the deflator has no index for the price base year.</source>
        <translation>index(Preisbasisjahr) / index(Jahr): Geldbeträge dieses Jahres damit multiplizieren, um sie in Preisen des Preisbasisjahrs auszudrücken. Leer, wenn der Deflator keinen Index für das Preisbasisjahr enthält.</translation>
    </message>
    <message>
        <source>Row %1 no longer exists</source>
        <translation>Zeile %1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>Year %1 is already in the deflator</source>
        <translation>Jahr %1 ist bereits im Deflator enthalten</translation>
    </message>
    <message>
        <source>The deflator is kept in ascending order: %1 would come before %2 (row %3). Change that year first, or add a row.</source>
        <translation>Der Deflator wird aufsteigend sortiert gehalten: %1 käme vor %2 (Zeile %3). Ändern Sie zuerst dieses Jahr oder fügen Sie eine Zeile hinzu.</translation>
    </message>
    <message>
        <source>The deflator is kept in ascending order: %1 would come after %2 (row %3). Change that year first, or add a row.</source>
        <translation>Der Deflator wird aufsteigend sortiert gehalten: %1 käme nach %2 (Zeile %3). Ändern Sie zuerst dieses Jahr oder fügen Sie eine Zeile hinzu.</translation>
    </message>
    <message>
        <source>Price index must be greater than 0</source>
        <translation>Der Preisindex muss größer als 0 sein</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Row %1: Price index must be greater than 0</source>
        <translation>Zeile %1: Der Preisindex muss größer als 0 sein</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::DensityChart</name>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Choose an input to preview its distribution.</source>
        <translation>Wählen Sie eine Eingangsgröße, um eine Vorschau ihrer Verteilung zu sehen.</translation>
    </message>
    <message>
        <source>Distribution of %1</source>
        <translation>Verteilung von %1</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <source>study value</source>
        <translation>Studienwert</translation>
    </message>
    <message>
        <source>Probability density (per year)</source>
        <translation>Wahrscheinlichkeitsdichte (pro Jahr)</translation>
    </message>
    <message>
        <source>Probability density (per %)</source>
        <translation>Wahrscheinlichkeitsdichte (pro %)</translation>
    </message>
    <message>
        <source>Probability density (per unit of the factor)</source>
        <translation>Wahrscheinlichkeitsdichte (pro Einheit des Faktors)</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::DistributionEditor</name>
    <message>
        <source>PERT is a smoothed triangular distribution (a scaled beta); the lognormal&apos;s standard deviation is that of the value, not of its logarithm.</source>
        <translation>PERT ist eine geglättete Dreiecksverteilung (eine skalierte Betaverteilung); die Standardabweichung der Lognormalverteilung ist die des Werts, nicht die seines Logarithmus.</translation>
    </message>
    <message>
        <source>Distribution:</source>
        <translation>Verteilung:</translation>
    </message>
    <message>
        <source>Distribution of %1</source>
        <translation>Verteilung von %1</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>%1 of the distribution, in %2: %3</source>
        <extracomment>%1 parameter (&quot;Minimum&quot;), %2 unit (&quot;%&quot;, &quot;× study value&quot;), %3 what it means</extracomment>
        <translation>%1 der Verteilung, in %2: %3</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::DocumentActions</name>
    <message>
        <source>&amp;New Study…</source>
        <translation>&amp;Neue Studie …</translation>
    </message>
    <message>
        <source>Start a study from the ENTSO-E default parameters</source>
        <translation>Eine Studie mit den ENTSO-E-Standardparametern beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a study file (.gridcba) or a study in the JSON exchange format</source>
        <translation>Eine Studiendatei (.gridcba) oder eine Studie im JSON-Austauschformat öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the study to its .gridcba file</source>
        <translation>Die Studie in ihrer .gridcba-Datei speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Save the study to a new .gridcba file</source>
        <translation>Die Studie in einer neuen .gridcba-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Open &amp;Sample Study</source>
        <translation>&amp;Beispielstudie öffnen</translation>
    </message>
    <message>
        <source>Open the illustrative study bundled with GridCBA</source>
        <translation>Die mit GridCBA gelieferte Beispielstudie öffnen</translation>
    </message>
    <message>
        <source>&amp;About GridCBA</source>
        <translation>Ü&amp;ber GridCBA</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The study “%1” has changes that are not saved. Save them before continuing?</source>
        <translation>Die Studie „%1“ enthält nicht gespeicherte Änderungen. Vor dem Fortfahren speichern?</translation>
    </message>
    <message>
        <source>Cannot Open Study</source>
        <translation>Studie kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The study %1 could not be opened.</source>
        <translation>Die Studie %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Study Not Complete</source>
        <translation>Studie unvollständig</translation>
    </message>
    <message>
        <source>The study opened, but it holds values that must be corrected before its projects can be evaluated. Projects affected show why on their results tab.</source>
        <translation>Die Studie wurde geöffnet, enthält aber Werte, die korrigiert werden müssen, bevor ihre Projekte ausgewertet werden können. Betroffene Projekte zeigen den Grund auf ihrer Registerkarte „Ergebnisse“ an.</translation>
    </message>
    <message>
        <source>Cannot Open Sample Study</source>
        <translation>Beispielstudie kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The bundled sample study could not be read.</source>
        <translation>Die mitgelieferte Beispielstudie konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot Save Study</source>
        <translation>Studie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The study could not be saved to %1.</source>
        <translation>Die Studie konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Open Study</source>
        <translation>Studie öffnen</translation>
    </message>
    <message>
        <source>GridCBA studies (*.gridcba *.json);;Study files (*.gridcba);;JSON exchange format (*.json);;All files (*)</source>
        <translation>GridCBA-Studien (*.gridcba *.json);;Studiendateien (*.gridcba);;JSON-Austauschformat (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>Save Study As</source>
        <translation>Studie speichern unter</translation>
    </message>
    <message>
        <source>GridCBA studies (*.gridcba)</source>
        <translation>GridCBA-Studien (*.gridcba)</translation>
    </message>
    <message>
        <source>About GridCBA</source>
        <translation>Über GridCBA</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GridCBA %1&lt;/h3&gt;&lt;p&gt;Cost-benefit analysis of electricity transmission and storage projects following the ENTSO-E CBA guideline (4th edition): benefit indicators B1–B9, net present value, benefit/cost ratio and economic IRR per scenario.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QCustomPlot.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GridCBA %1&lt;/h3&gt;&lt;p&gt;Kosten-Nutzen-Analyse von Stromübertragungs- und Speicherprojekten nach dem ENTSO-E-CBA-Leitfaden (4. Ausgabe): Nutzenindikatoren B1–B9, Kapitalwert, Nutzen-Kosten-Verhältnis und volkswirtschaftlicher interner Zinsfuß je Szenario.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 und QCustomPlot.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Study Not Found</source>
        <translation>Studie nicht gefunden</translation>
    </message>
    <message>
        <source>The study %1 no longer exists. It has been removed from the list of recent files.</source>
        <translation>Die Studie %1 existiert nicht mehr. Sie wurde aus der Liste der zuletzt geöffneten Dateien entfernt.</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <source>… and %1 more (see Show Details)</source>
        <translation>… und %1 weitere (siehe „Details einblenden“)</translation>
    </message>
    <message>
        <source>Study In Use</source>
        <translation>Studie wird verwendet</translation>
    </message>
    <message>
        <source>The study %1 is open in another program.</source>
        <translation>Die Studie %1 ist in einem anderen Programm geöffnet.</translation>
    </message>
    <message>
        <source>Open it read-only? You can change it and save a copy with Save As, but it is not saved over.</source>
        <translation>Schreibgeschützt öffnen? Sie können die Studie ändern und mit „Speichern unter“ eine Kopie speichern, die Datei selbst wird aber nicht überschrieben.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>The name suggested for a copy of a read-only study; %1 is its file name</extracomment>
        <translation>%1 (Kopie)</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::DriversChart</name>
    <message>
        <source>Drivers of the NPV variance</source>
        <translation>Treiber der Varianz des Kapitalwerts</translation>
    </message>
    <message>
        <source>Share of NPV variance (%)</source>
        <translation>Anteil an der Varianz des Kapitalwerts (%)</translation>
    </message>
    <message>
        <source>Run a Monte Carlo analysis to see what drives the NPV.</source>
        <translation>Führen Sie eine Monte-Carlo-Analyse aus, um zu sehen, was den Kapitalwert bestimmt.</translation>
    </message>
    <message>
        <source>%1 of variance, ρ %2</source>
        <extracomment>variance share and Spearman rank correlation with NPV</extracomment>
        <translation>%1 der Varianz, ρ %2</translation>
    </message>
    <message>
        <source>Drivers of the NPV variance — %1</source>
        <translation>Treiber der Varianz des Kapitalwerts – %1</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::EconomicParametersAdapter</name>
    <message>
        <source>scenario %1</source>
        <translation>Szenario %1</translation>
    </message>
    <message>
        <source>the benefits of project %1</source>
        <translation>die Nutzen von Projekt %1</translation>
    </message>
    <message>
        <source>investment %1 / %2</source>
        <translation>Investition %1 / %2</translation>
    </message>
    <message>
        <source>Economic parameters</source>
        <translation>Wirtschaftliche Parameter</translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation>Restwert</translation>
    </message>
    <message>
        <source>Value of the assets left at the end of the assessment period: none (the guideline&apos;s default), or linear, total CAPEX × (T − N) / T counted as a benefit in the last year.</source>
        <translation>Wert der am Ende des Betrachtungszeitraums verbleibenden Anlagen: keiner (Standard des Leitfadens) oder linear, Gesamt-CAPEX × (T − N) / T, im letzten Jahr als Nutzen angerechnet.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Linear: CAPEX × (T − N) / T</source>
        <translation>Linear: CAPEX × (T − N) / T</translation>
    </message>
    <message>
        <source>B/C ratio definition</source>
        <translation>Definition des Nutzen-Kosten-Verhältnisses</translation>
    </message>
    <message>
        <source>Benefits over costs (default): [PV(benefits) + PV(residual)] / [PV(CAPEX) + PV(OPEX) + PV(decommissioning)]; net of OPEX, used by some regulators, moves OPEX to the numerator.</source>
        <translation>Nutzen durch Kosten (Standard): [BW(Nutzen) + BW(Restwert)] / [BW(CAPEX) + BW(OPEX) + BW(Rückbau)], BW = Barwert; „abzüglich OPEX“, von einigen Regulierungsbehörden verwendet, verschiebt die OPEX in den Zähler.</translation>
    </message>
    <message>
        <source>Benefits / costs</source>
        <translation>Nutzen / Kosten</translation>
    </message>
    <message>
        <source>Net of OPEX</source>
        <translation>Abzüglich OPEX</translation>
    </message>
    <message>
        <source>Price base year</source>
        <translation>Preisbasisjahr</translation>
    </message>
    <message>
        <source>All results are in euros of this year&apos;s prices; money of other years is converted with the deflator (default 2023).</source>
        <translation>Alle Ergebnisse sind in Euro zu Preisen dieses Jahres angegeben; Geldbeträge anderer Jahre werden mit dem Deflator umgerechnet (Standard 2023).</translation>
    </message>
    <message>
        <source>Discount rate, real (%)</source>
        <translation>Diskontierungssatz, real (%)</translation>
    </message>
    <message>
        <source>Discounting year t0</source>
        <translation>Diskontierungsjahr t0</translation>
    </message>
    <message>
        <source>Present values are expressed in this year: factor 1 / (1 + r)^(t − t0); default the study&apos;s reference year.</source>
        <translation>Barwerte werden auf dieses Jahr bezogen: Faktor 1 / (1 + r)^(t − t0); Standard ist das Referenzjahr der Studie.</translation>
    </message>
    <message>
        <source>Operating years assessed N (years)</source>
        <translation>Bewertete Betriebsjahre N (Jahre)</translation>
    </message>
    <message>
        <source>Benefits and OPEX are counted for N years from the commissioning year; the guideline&apos;s default is 25.</source>
        <translation>Nutzen und OPEX werden für N Jahre ab dem Inbetriebnahmejahr angerechnet; der Standard des Leitfadens ist 25.</translation>
    </message>
    <message>
        <source>First-year fraction (%)</source>
        <translation>Anteil des ersten Jahres (%)</translation>
    </message>
    <message>
        <source>Share of the commissioning year&apos;s benefits and OPEX that is counted; default 100 % (a full year).</source>
        <translation>Angerechneter Anteil der Nutzen und OPEX des Inbetriebnahmejahrs; Standard 100 % (ein volles Jahr).</translation>
    </message>
    <message>
        <source>The economic parameters are a single record</source>
        <translation>Die ökonomischen Parameter bilden einen einzigen Datensatz</translation>
    </message>
    <message>
        <source>Price base year %1 needs deflator indices for %1 and %3, because %2 gives prices of %3; add them to the deflator first</source>
        <extracomment>%1 new base year, %2 &quot;scenario NT&quot;, %3 its price year</extracomment>
        <translation>Preisbasisjahr %1 erfordert Deflatorindizes für %1 und %3, weil %2 Preise von %3 angibt; fügen Sie diese zuerst dem Deflator hinzu</translation>
    </message>
    <message>
        <source>Discount rate must be greater than −100 % and less than 100 %</source>
        <translation>Der Diskontierungssatz muss größer als −100 % und kleiner als 100 % sein</translation>
    </message>
    <message>
        <source>Discounting year</source>
        <translation>Diskontierungsjahr</translation>
    </message>
    <message>
        <source>Operating years assessed must be between 1 and 100</source>
        <translation>Die bewerteten Betriebsjahre müssen zwischen 1 und 100 liegen</translation>
    </message>
    <message>
        <source>Residual value must be none or linear</source>
        <translation>Der Restwert muss „keiner“ oder „linear“ sein</translation>
    </message>
    <message>
        <source>B/C ratio definition must be benefits over costs or net of OPEX</source>
        <translation>Die Definition des Nutzen-Kosten-Verhältnisses muss „Nutzen durch Kosten“ oder „abzüglich OPEX“ sein</translation>
    </message>
    <message>
        <source>First-year fraction must be greater than 0 % and at most 100 %</source>
        <translation>Der Anteil des ersten Jahres muss größer als 0 % und höchstens 100 % sein</translation>
    </message>
    <message>
        <source>The real social discount rate r, in % per year: a cash flow of year t is divided by (1 + r)^(t − t0) to express it in money of the discounting year t0. The guideline&apos;s default is 4&#xa0;%.</source>
        <translation>Der reale soziale Diskontierungssatz r in % pro Jahr: Ein Zahlungsstrom des Jahres t wird durch (1 + r)^(t − t0) geteilt, um ihn in Geld des Diskontierungsjahrs t0 auszudrücken. Der Standard des Leitfadens ist 4 %.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::EconomicsPage</name>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>Economic parameters</source>
        <translation>Wirtschaftliche Parameter</translation>
    </message>
    <message>
        <source>Methodology defaults (ENTSO-E CBA guideline): 4 % real discount rate, 25 operating years, no residual value, full first year. Hover over a field for its meaning.</source>
        <translation>Methodische Standardwerte (ENTSO-E-CBA-Leitfaden): 4 % realer Diskontierungssatz, 25 Betriebsjahre, kein Restwert, volles erstes Jahr. Bewegen Sie den Mauszeiger über ein Feld, um seine Bedeutung zu sehen.</translation>
    </message>
    <message>
        <source>Deflator</source>
        <translation>Deflator</translation>
    </message>
    <message>
        <source>No study</source>
        <translation>Keine Studie</translation>
    </message>
    <message>
        <source>Untitled study</source>
        <translation>Unbenannte Studie</translation>
    </message>
    <message>
        <source>Price index by year. Money stated in prices of another year than the price base year (%1) is converted with it, so the deflator needs an index for the base year and for every price year used.</source>
        <translation>Preisindex nach Jahr. Geldbeträge, die in Preisen eines anderen Jahres als des Preisbasisjahrs (%1) angegeben sind, werden damit umgerechnet; der Deflator benötigt daher einen Index für das Basisjahr und für jedes verwendete Preisjahr.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Add &amp;Scenario</source>
        <translation>&amp;Szenario hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate Scenario</source>
        <translation>Szenario d&amp;uplizieren</translation>
    </message>
    <message>
        <source>Remove Scenario</source>
        <translation>Szenario entfernen</translation>
    </message>
    <message>
        <source>Add &amp;Project</source>
        <translation>&amp;Projekt hinzufügen</translation>
    </message>
    <message>
        <source>Du&amp;plicate Project</source>
        <translation>Projekt du&amp;plizieren</translation>
    </message>
    <message>
        <source>Remove Project</source>
        <translation>Projekt entfernen</translation>
    </message>
    <message>
        <source>Add a scenario with one study year and one climate year</source>
        <translation>Ein Szenario mit einem Studienjahr und einem Klimajahr hinzufügen</translation>
    </message>
    <message>
        <source>Copy the selected scenario, with the projects&apos; indicator inputs for it</source>
        <translation>Das ausgewählte Szenario kopieren, mit den zugehörigen Indikatoreingaben der Projekte</translation>
    </message>
    <message>
        <source>Remove the selected scenario and the projects&apos; indicator inputs for it</source>
        <translation>Das ausgewählte Szenario und die zugehörigen Indikatoreingaben der Projekte entfernen</translation>
    </message>
    <message>
        <source>Add a project with one empty investment</source>
        <translation>Ein Projekt mit einer leeren Investition hinzufügen</translation>
    </message>
    <message>
        <source>Copy the selected project (without its stored analyses)</source>
        <translation>Das ausgewählte Projekt kopieren (ohne seine gespeicherten Analysen)</translation>
    </message>
    <message>
        <source>Remove the selected project and its stored analyses</source>
        <translation>Das ausgewählte Projekt und seine gespeicherten Analysen entfernen</translation>
    </message>
    <message>
        <source>Add scenario %1</source>
        <translation>Szenario %1 hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate scenario %1 as %2</source>
        <translation>Szenario %1 als %2 duplizieren</translation>
    </message>
    <message>
        <source>Remove scenario %1</source>
        <translation>Szenario %1 entfernen</translation>
    </message>
    <message>
        <source>Scenario %1 removed. Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation>Szenario %1 entfernt. Bearbeiten &gt; Rückgängig (Strg+Z) stellt es wieder her.</translation>
    </message>
    <message>
        <source>Add project %1</source>
        <translation>Projekt %1 hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate project %1 as %2</source>
        <translation>Projekt %1 als %2 duplizieren</translation>
    </message>
    <message>
        <source>Remove project %1</source>
        <translation>Projekt %1 entfernen</translation>
    </message>
    <message>
        <source>Project %1 removed. Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation>Projekt %1 entfernt. Bearbeiten &gt; Rückgängig (Strg+Z) stellt es wieder her.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::EditableTable</name>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Insert a row below the current one (Insert)</source>
        <translation>Eine Zeile unterhalb der aktuellen einfügen (Einfg)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>Die ausgewählten Zeilen entfernen (Entf)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Paste cells copied from a spreadsheet (Ctrl+V)</source>
        <translation>Aus einer Tabellenkalkulation kopierte Zellen einfügen (Strg+V)</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren …</translation>
    </message>
    <message>
        <source>Replace this table by the rows of a CSV file, after a preview. You can also drop a .csv file on the table.</source>
        <translation>Diese Tabelle nach einer Vorschau durch die Zeilen einer CSV-Datei ersetzen. Sie können auch eine .csv-Datei auf die Tabelle ziehen.</translation>
    </message>
    <message>
        <source>Import CSV into %1</source>
        <translation>CSV in %1 importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::FuelPricesAdapter</name>
    <message>
        <source>Fuel prices of %1</source>
        <translation>Brennstoffpreise von %1</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Brennstoff</translation>
    </message>
    <message>
        <source>Fuel name as the market model uses it (gas, hardCoal, lignite, …).</source>
        <translation>Name des Brennstoffs, wie ihn das Marktmodell verwendet (gas, hardCoal, lignite, …).</translation>
    </message>
    <message>
        <source>Study year</source>
        <translation>Studienjahr</translation>
    </message>
    <message>
        <source>One of the scenario&apos;s study years.</source>
        <translation>Eines der Studienjahre des Szenarios.</translation>
    </message>
    <message>
        <source>Price (€/MWh of fuel)</source>
        <translation>Preis (€/MWh Brennstoff)</translation>
    </message>
    <message>
        <source>Fuel price per MWh of fuel (thermal) in the scenario&apos;s price year; for the market model (the evaluation does not use it).</source>
        <translation>Brennstoffpreis je MWh Brennstoff (thermisch) im Preisjahr des Szenarios; für das Marktmodell (die Auswertung verwendet ihn nicht).</translation>
    </message>
    <message>
        <source>The scenario no longer exists</source>
        <translation>Das Szenario existiert nicht mehr</translation>
    </message>
    <message>
        <source>Row %1 no longer exists</source>
        <translation>Zeile %1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>Study year must be one of the study years of %1 (%2)</source>
        <translation>Das Studienjahr muss eines der Studienjahre von %1 sein (%2)</translation>
    </message>
    <message>
        <source>%1 already has a price for %2</source>
        <translation>%1 hat bereits einen Preis für %2</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Fuel must have a name</source>
        <translation>Der Brennstoff muss einen Namen haben</translation>
    </message>
    <message>
        <source>name the fuel (it is still called “%1”).</source>
        <translation>benennen Sie den Brennstoff (er heißt noch „%1“).</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::HelpActions</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Read the guide: the methodology in plain words and a walk-through on the sample study</source>
        <translation>Das Handbuch lesen: die Methodik in einfachen Worten und ein Rundgang anhand der Beispielstudie</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>&amp;Direkthilfe</translation>
    </message>
    <message>
        <source>Click a field, a column header or a button to read what it means and its unit</source>
        <translation>Klicken Sie auf ein Feld, eine Spaltenüberschrift oder eine Schaltfläche, um deren Bedeutung und Einheit zu lesen</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::LogPanel</name>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Clear Log</source>
        <translation>Protokoll leeren</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Fehler: </translation>
    </message>
</context>
<context>
    <name>gridcba::ui::MainWindow</name>
    <message>
        <source>Undo History</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren …</translation>
    </message>
    <message>
        <source>Replace the table you last clicked in by the rows of a CSV file, after a preview</source>
        <translation>Die zuletzt angeklickte Tabelle nach einer Vorschau durch die Zeilen einer CSV-Datei ersetzen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>Click in the table you want to import into (study years, CAPEX phasing, indicator inputs, …), then choose File &gt; Import CSV again, or drop the .csv file on the table.</source>
        <translation>Klicken Sie in die Tabelle, in die importiert werden soll (Studienjahre, zeitliche Verteilung der CAPEX, Indikatoreingaben, …), und wählen Sie dann erneut Datei &gt; CSV importieren, oder ziehen Sie die .csv-Datei auf die Tabelle.</translation>
    </message>
    <message>
        <source>Cannot Restore Study</source>
        <translation>Studie kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>The autosaved copy of “%1” could not be read. It stays where it is; use Discard to remove it.</source>
        <translation>Die automatisch gesicherte Kopie von „%1“ konnte nicht gelesen werden. Sie bleibt, wo sie ist; entfernen Sie sie mit „Verwerfen“.</translation>
    </message>
    <message>
        <source>Restored the autosaved changes of “%1” from %2; save to keep them</source>
        <translation>Automatisch gesicherte Änderungen von „%1“ vom %2 wiederhergestellt; speichern Sie, um sie zu behalten</translation>
    </message>
    <message>
        <source>GridCBA</source>
        <translation>GridCBA</translation>
    </message>
    <message>
        <source>Untitled study</source>
        <translation>Unbenannte Studie</translation>
    </message>
    <message>
        <source>%1 — %2[*] — GridCBA</source>
        <extracomment>%1 study name, %2 file name; [*] is where Qt shows &quot;*&quot; while there are unsaved changes.</extracomment>
        <translation>%1 — %2[*] — GridCBA</translation>
    </message>
    <message>
        <source>Market model</source>
        <translation>Marktmodell</translation>
    </message>
    <message>
        <source>Opened read-only: %1</source>
        <translation>Schreibgeschützt geöffnet: %1</translation>
    </message>
    <message>
        <source>%1 — %2 (read-only)[*] — GridCBA</source>
        <extracomment>%1 study name, %2 file name of a study another program has open</extracomment>
        <translation>%1 — %2 (schreibgeschützt)[*] — GridCBA</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::MarketActions</name>
    <message>
        <source>Run &amp;Market Model…</source>
        <translation>&amp;Marktmodell berechnen …</translation>
    </message>
    <message>
        <source>Simulate the power systems without and with each project and compute B1–B6 from them</source>
        <translation>Die Stromsysteme ohne und mit jedem Projekt simulieren und daraus B1–B6 berechnen</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Run Market Model</source>
        <translation>Marktmodell berechnen</translation>
    </message>
    <message>
        <source>Cancelling after the current week…</source>
        <translation>Abbruch nach der aktuellen Woche …</translation>
    </message>
    <message numerus="yes">
        <source>Market model started: %n work unit(s)</source>
        <translation>
            <numerusform>Marktmodell gestartet: %n Arbeitspaket</numerusform>
            <numerusform>Marktmodell gestartet: %n Arbeitspakete</numerusform>
        </translation>
    </message>
    <message>
        <source>Market model cancelled after %1 s; nothing was stored</source>
        <translation>Marktmodell nach %1 s abgebrochen; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>Market model failed: %1</source>
        <translation>Marktmodell fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The market model stopped; nothing was stored.

%1

Fix the value named (Market model &gt; Power systems, Profiles, or the scenario&apos;s fuel prices) and run again.</source>
        <translation>Das Marktmodell wurde angehalten; es wurde nichts gespeichert.

%1

Korrigieren Sie den genannten Wert (Marktmodell &gt; Stromsysteme, Profile oder die Brennstoffpreise des Szenarios) und starten Sie die Berechnung erneut.</translation>
    </message>
    <message>
        <source>The study of the market run was closed; its results were not stored</source>
        <translation>Die Studie der Marktmodellberechnung wurde geschlossen; ihre Ergebnisse wurden nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Run market model (%n work unit(s))</source>
        <translation>
            <numerusform>Marktmodell berechnen (%n Arbeitspaket)</numerusform>
            <numerusform>Marktmodell berechnen (%n Arbeitspakete)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Market model: %n work unit(s) in %1 s</source>
        <translation>
            <numerusform>Marktmodell: %n Arbeitspaket in %1 s</numerusform>
            <numerusform>Marktmodell: %n Arbeitspakete in %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Computed indicator inputs written for %1</source>
        <translation>Berechnete Indikatoreingaben für %1 geschrieben</translation>
    </message>
    <message>
        <source>No indicator inputs written yet: some climate years of each study year have no result</source>
        <translation>Noch keine Indikatoreingaben geschrieben: Für einige Klimajahre jedes Studienjahrs liegt kein Ergebnis vor</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::MarketJob</name>
    <message>
        <source>unexpected error in the market model</source>
        <translation>unerwarteter Fehler im Marktmodell</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::MarketResultsModel</name>
    <message>
        <source>TOOT</source>
        <translation>TOOT</translation>
    </message>
    <message>
        <source>PINT</source>
        <translation>PINT</translation>
    </message>
    <message numerus="yes">
        <source>hurdle %1 €/MWh; %n Monte Carlo year(s) per climate year, seed %2</source>
        <extracomment>market settings recorded with a result</extracomment>
        <translation>
            <numerusform>Hürdenkosten %1 €/MWh; %n Monte-Carlo-Jahr je Klimajahr, Seed %2</numerusform>
            <numerusform>Hürdenkosten %1 €/MWh; %n Monte-Carlo-Jahre je Klimajahr, Seed %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3 t/yr</source>
        <translation>%1 (%2): %3 t/yr</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Study year</source>
        <translation>Studienjahr</translation>
    </message>
    <message>
        <source>Climate year</source>
        <translation>Klimajahr</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>B1 (%1/yr)</source>
        <translation>B1 (%1/yr)</translation>
    </message>
    <message>
        <source>Generation cost without (%1/yr)</source>
        <translation>Erzeugungskosten ohne (%1/yr)</translation>
    </message>
    <message>
        <source>Generation cost with (%1/yr)</source>
        <translation>Erzeugungskosten mit (%1/yr)</translation>
    </message>
    <message>
        <source>B2 ΔCO2 (t/yr)</source>
        <translation>B2 ΔCO2 (t/yr)</translation>
    </message>
    <message>
        <source>B3 avoided curtailment (MWh/yr)</source>
        <translation>B3 vermiedene Abregelung (MWh/yr)</translation>
    </message>
    <message>
        <source>B4 Δpollutants (t/yr)</source>
        <translation>B4 ΔSchadstoffe (t/yr)</translation>
    </message>
    <message>
        <source>B5 Δlosses (MWh/yr)</source>
        <translation>B5 ΔVerluste (MWh/yr)</translation>
    </message>
    <message>
        <source>B5 value, inside B1 (%1/yr)</source>
        <translation>B5-Wert, in B1 enthalten (%1/yr)</translation>
    </message>
    <message>
        <source>B6 ΔEENS (MWh/yr)</source>
        <translation>B6 ΔEENS (MWh/yr)</translation>
    </message>
    <message>
        <source>B6 ΔLOLE (h/yr)</source>
        <translation>B6 ΔLOLE (h/yr)</translation>
    </message>
    <message>
        <source>Solver</source>
        <translation>Solver</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>PINT: the project is put in a grid without it; TOOT: taken out of a grid with it (from the project&apos;s “In reference grid from study year”).</source>
        <translation>PINT: Das Projekt wird in ein Netz ohne das Projekt eingefügt; TOOT: aus einem Netz mit dem Projekt herausgenommen (ab dem „Im Referenznetz ab Studienjahr“ des Projekts).</translation>
    </message>
    <message>
        <source>Socio-economic welfare: generation cost without minus with the project, in € of the scenario&apos;s price year; positive = benefit. Equals the sum of the zones&apos; surplus split in the chart.</source>
        <translation>Sozioökonomische Wohlfahrt: Erzeugungskosten ohne minus mit dem Projekt, in € des Preisjahrs des Szenarios; positiv = Nutzen. Entspricht der Summe der Rentenaufteilung der Zonen im Diagramm.</translation>
    </message>
    <message>
        <source>Yearly generation cost (fuel, CO2 at the market price, variable O&amp;M, demand response) of the run without / with the project.</source>
        <translation>Jährliche Erzeugungskosten (Brennstoff, CO2 zum Marktpreis, variable Betriebs- und Wartungskosten (O&amp;M), Lastflexibilität) der Berechnung ohne / mit dem Projekt.</translation>
    </message>
    <message>
        <source>CO2 emissions with minus without; negative = reduction.</source>
        <translation>CO2-Emissionen mit minus ohne; negativ = Reduktion.</translation>
    </message>
    <message>
        <source>RES curtailment without minus with; positive = benefit.</source>
        <translation>Abregelung erneuerbarer Energien (RES) ohne minus mit; positiv = Nutzen.</translation>
    </message>
    <message>
        <source>Non-CO2 pollutants with minus without, all six summed; hover a cell for each. Negative = reduction.</source>
        <translation>Nicht-CO2-Schadstoffe mit minus ohne, alle sechs summiert; die Einzelwerte zeigt der Tooltip einer Zelle. Negativ = Reduktion.</translation>
    </message>
    <message>
        <source>Losses on the modelled borders with minus without; negative = reduction.</source>
        <translation>Verluste auf den modellierten Grenzen mit minus ohne; negativ = Reduktion.</translation>
    </message>
    <message>
        <source>−Δ(losses × hourly price): the losses&apos; value is already part of B1, so it is shown here and never added to it.</source>
        <translation>−Δ(Verluste × Stundenpreis): Der Wert der Verluste ist bereits Teil von B1; er wird daher hier angezeigt und nie zu B1 addiert.</translation>
    </message>
    <message>
        <source>Expected energy not served with minus without, from the Monte Carlo over forced outages; empty when the run had no adequacy.</source>
        <translation>Erwartete nicht gelieferte Energie mit minus ohne, aus der Monte-Carlo-Simulation ungeplanter Ausfälle; leer, wenn die Berechnung keine Versorgungssicherheit umfasste.</translation>
    </message>
    <message>
        <source>Loss-of-load expectation with minus without, hours per year.</source>
        <translation>Lastunterdeckungserwartung mit minus ohne, Stunden pro Jahr.</translation>
    </message>
    <message>
        <source>The LP solver, its version and settings, the same in both runs.</source>
        <translation>Der LP-Solver, seine Version und Einstellungen, in beiden Berechnungen gleich.</translation>
    </message>
    <message>
        <source>The market settings the run used.</source>
        <translation>Die von der Berechnung verwendeten Marktmodell-Einstellungen.</translation>
    </message>
    <message>
        <source>When (UTC) and by which version the result was computed.</source>
        <translation>Wann (UTC) und mit welcher Version das Ergebnis berechnet wurde.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::MarketResultsView</name>
    <message>
        <source>per zone</source>
        <translation>je Zone</translation>
    </message>
    <message>
        <source>per country</source>
        <translation>je Land</translation>
    </message>
    <message>
        <source>Split the selected row&apos;s B1 (per year, in the money unit set in Settings) into consumer surplus, producer surplus and congestion rent per bidding zone, or summed per country</source>
        <translation>B1 der ausgewählten Zeile (pro Jahr, in der unter „Einstellungen“ festgelegten Geldeinheit) in Konsumentenrente, Produzentenrente und Engpasserlös je Gebotszone aufteilen oder je Land summieren</translation>
    </message>
    <message>
        <source>Run Market Model…</source>
        <translation>Marktmodell berechnen …</translation>
    </message>
    <message>
        <source>B1 of the selected row</source>
        <translation>B1 der ausgewählten Zeile</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No project is shown.</source>
        <translation>Es wird kein Projekt angezeigt.</translation>
    </message>
    <message>
        <source>%1 changes no border, so the market model has nothing to compare. Add its ΔNTC in the Borders and cost shares tab.</source>
        <translation>%1 ändert keine Grenze, daher hat das Marktmodell nichts zu vergleichen. Geben Sie seine ΔNTC auf der Registerkarte „Grenzen und Kostenanteile“ ein.</translation>
    </message>
    <message>
        <source>No market-model results for %1 yet. Give the scenarios power systems (Market model &gt; Power systems) and run the model.</source>
        <translation>Noch keine Marktmodellergebnisse für %1. Legen Sie für die Szenarien Stromsysteme an (Marktmodell &gt; Stromsysteme) und berechnen Sie das Modell.</translation>
    </message>
    <message numerus="yes">
        <source>%n stored result(s), € of each scenario&apos;s price year. B1–B6 of the indicator inputs computed from them (tinted in the Indicator inputs tab): %1.</source>
        <translation>
            <numerusform>%n gespeichertes Ergebnis, in € des jeweiligen Preisjahrs des Szenarios. Daraus berechnete B1–B6 der Indikatoreingaben (auf der Registerkarte „Indikatoreingaben“ farbig hinterlegt): %1.</numerusform>
            <numerusform>%n gespeicherte Ergebnisse, in € des jeweiligen Preisjahrs des Szenarios. Daraus berechnete B1–B6 der Indikatoreingaben (auf der Registerkarte „Indikatoreingaben“ farbig hinterlegt): %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet (a climate year is missing)</source>
        <translation>noch keine (ein Klimajahr fehlt)</translation>
    </message>
    <message numerus="yes">
        <source>%n stored result(s) could not be read by this version.</source>
        <translation>
            <numerusform>%n gespeichertes Ergebnis konnte von dieser Version nicht gelesen werden.</numerusform>
            <numerusform>%n gespeicherte Ergebnisse konnten von dieser Version nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2, climate year %3</source>
        <extracomment>%1 scenario, %2 study year, %3 climate year</extracomment>
        <translation>%1 %2, Klimajahr %3</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::MarketRunDialog</name>
    <message>
        <source>Compute adequacy (B6): Monte Carlo over forced outages</source>
        <translation>Versorgungssicherheit (B6) berechnen: Monte-Carlo-Simulation ungeplanter Ausfälle</translation>
    </message>
    <message>
        <source>Run Market Model</source>
        <translation>Marktmodell berechnen</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Runs without and with the project&apos;s ΔNTC</source>
        <translation>Berechnungen ohne und mit der ΔNTC des Projekts</translation>
    </message>
    <message>
        <source>The project changes no border, so the market model has nothing to compare (Borders and cost shares tab)</source>
        <translation>Das Projekt ändert keine Grenze, daher hat das Marktmodell nichts zu vergleichen (Registerkarte „Grenzen und Kostenanteile“)</translation>
    </message>
    <message>
        <source>No power system in any study year (Market model &gt; Power systems)</source>
        <translation>In keinem Studienjahr gibt es ein Stromsystem (Marktmodell &gt; Stromsysteme)</translation>
    </message>
    <message>
        <source>Power systems for %1</source>
        <translation>Stromsysteme für %1</translation>
    </message>
    <message numerus="yes">
        <source>%n Monte Carlo year(s) per climate year, set in Market model &gt; Settings; without it B6 is left as it was</source>
        <translation>
            <numerusform>%n Monte-Carlo-Jahr je Klimajahr, festgelegt unter Marktmodell &gt; Einstellungen; ohne diese Option bleibt B6 unverändert</numerusform>
            <numerusform>%n Monte-Carlo-Jahre je Klimajahr, festgelegt unter Marktmodell &gt; Einstellungen; ohne diese Option bleibt B6 unverändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Each project is simulated without and with its ΔNTC (PINT, or TOOT from its “In reference grid from study year”) in every study year of the ticked scenarios that has a power system, for each climate year. The results replace B1–B6 of the indicator inputs as one step you can undo.</source>
        <translation>Jedes Projekt wird ohne und mit seiner ΔNTC (PINT, oder TOOT ab seinem „Im Referenznetz ab Studienjahr“) in jedem Studienjahr der angehakten Szenarien, das ein Stromsystem hat, für jedes Klimajahr simuliert. Die Ergebnisse ersetzen B1–B6 der Indikatoreingaben in einem einzigen Schritt, den Sie rückgängig machen können.</translation>
    </message>
    <message>
        <source>Nothing to run: tick a project that changes a border and a scenario with a power system.</source>
        <translation>Nichts zu berechnen: Haken Sie ein Projekt an, das eine Grenze ändert, und ein Szenario mit einem Stromsystem.</translation>
    </message>
    <message numerus="yes">
        <source>%n work unit(s) (project × scenario × study year × climate year), each run without and with the project.</source>
        <translation>
            <numerusform>%n Arbeitspaket (Projekt × Szenario × Studienjahr × Klimajahr), jeweils ohne und mit dem Projekt berechnet.</numerusform>
            <numerusform>%n Arbeitspakete (Projekt × Szenario × Studienjahr × Klimajahr), jeweils ohne und mit dem Projekt berechnet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gridcba::ui::MarketSettingsAdapter</name>
    <message>
        <source>Market model settings</source>
        <translation>Einstellungen des Marktmodells</translation>
    </message>
    <message>
        <source>Hurdle cost (€/MWh)</source>
        <translation>Hürdenkosten (€/MWh)</translation>
    </message>
    <message>
        <source>Cost added to every MWh crossing a border, so that flows are not arbitrary where prices are equal (methodology §5: 0.01 €/MWh). Not part of B1.</source>
        <translation>Kosten, die jeder eine Grenze überquerenden MWh aufgeschlagen werden, damit Flüsse bei gleichen Preisen nicht willkürlich sind (Methodik §5: 0.01 €/MWh). Nicht Teil von B1.</translation>
    </message>
    <message>
        <source>Monte Carlo years per climate year</source>
        <translation>Monte-Carlo-Jahre je Klimajahr</translation>
    </message>
    <message>
        <source>Years of random forced outages drawn per climate year for adequacy (B6); 0 skips the Monte Carlo.</source>
        <translation>Jahre mit zufälligen ungeplanten Ausfällen, die je Klimajahr für die Versorgungssicherheit (B6) gezogen werden; 0 überspringt die Monte-Carlo-Simulation.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Seed of the forced-outage draws: the same seed gives the same B6 on every machine.</source>
        <translation>Seed der Ziehungen ungeplanter Ausfälle: Derselbe Seed ergibt auf jedem Rechner dasselbe B6.</translation>
    </message>
    <message>
        <source>Primal tolerance</source>
        <translation>Primale Toleranz</translation>
    </message>
    <message>
        <source>Clp&apos;s primal feasibility tolerance, 1e-12 to 1e-5, the same in every run (B1 is a small difference of large costs).</source>
        <translation>Primale Zulässigkeitstoleranz von Clp, 1e-12 bis 1e-5, in jeder Berechnung gleich (B1 ist eine kleine Differenz großer Kosten).</translation>
    </message>
    <message>
        <source>Dual tolerance</source>
        <translation>Duale Toleranz</translation>
    </message>
    <message>
        <source>Clp&apos;s dual feasibility tolerance, 1e-12 to 1e-5.</source>
        <translation>Duale Zulässigkeitstoleranz von Clp, 1e-12 bis 1e-5.</translation>
    </message>
    <message>
        <source>The settings have one row</source>
        <translation>Die Einstellungen bestehen aus einer Zeile</translation>
    </message>
    <message>
        <source>Hurdle cost must be 0 €/MWh or more</source>
        <translation>Die Hürdenkosten müssen mindestens 0 €/MWh betragen</translation>
    </message>
    <message>
        <source>Monte Carlo years per climate year must be between 0 and %1</source>
        <translation>Die Monte-Carlo-Jahre je Klimajahr müssen zwischen 0 und %1 liegen</translation>
    </message>
    <message>
        <source>Seed must be a whole number 0 or more, not “%1”</source>
        <translation>Der Seed muss eine ganze Zahl größer oder gleich 0 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>%1 must be a number between 1e-12 and 1e-5, not “%2”</source>
        <translation>%1 muss eine Zahl zwischen 1e-12 und 1e-5 sein, nicht „%2“</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::MarketSettingsPage</name>
    <message>
        <source>Market model settings</source>
        <translation>Einstellungen des Marktmodells</translation>
    </message>
    <message>
        <source>Settings of every market-model run of this study. They are recorded with each result, so a change applies to the next run (Run &gt; Run Market Model…), not to the results already stored.</source>
        <translation>Einstellungen aller Marktmodellberechnungen dieser Studie. Sie werden mit jedem Ergebnis gespeichert; eine Änderung gilt daher für die nächste Berechnung (Ausführen &gt; Marktmodell berechnen …), nicht für bereits gespeicherte Ergebnisse.</translation>
    </message>
    <message>
        <source>Solver</source>
        <translation>Solver</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::McInputsModel</name>
    <message>
        <source>Input (unit)</source>
        <translation>Eingangsgröße (Einheit)</translation>
    </message>
    <message>
        <source>Distribution (parameters in the input&apos;s unit)</source>
        <translation>Verteilung (Parameter in der Einheit der Eingangsgröße)</translation>
    </message>
    <message>
        <source>The inputs that can be sampled, with their unit: check those to draw at random; select one to edit its distribution.</source>
        <translation>Die Eingangsgrößen, die gezogen werden können, mit ihrer Einheit: Haken Sie die zufällig zu ziehenden an; wählen Sie eine aus, um ihre Verteilung zu bearbeiten.</translation>
    </message>
    <message>
        <source>The distribution the input is drawn from, with its parameters in the input&apos;s unit.</source>
        <translation>Die Verteilung, aus der die Eingangsgröße gezogen wird, mit ihren Parametern in der Einheit der Eingangsgröße.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::MonteCarloDefinitionPanel</name>
    <message>
        <source>Run Monte Carlo</source>
        <translation>Monte-Carlo ausführen</translation>
    </message>
    <message>
        <source>Number of draws; the same seed and samples give the same numbers</source>
        <translation>Anzahl der Ziehungen; derselbe Seed und dieselbe Stichprobenzahl ergeben dieselben Zahlen</translation>
    </message>
    <message>
        <source>Seed of the random numbers, stored with the run so it can be re-run to the same numbers</source>
        <translation>Seed der Zufallszahlen; er wird mit dem Lauf gespeichert, sodass dieser mit denselben Zahlen wiederholt werden kann</translation>
    </message>
    <message>
        <source>Name of the run (optional)</source>
        <translation>Name des Laufs (optional)</translation>
    </message>
    <message>
        <source>Sample the checked inputs and store the run in the study</source>
        <translation>Stichproben der angehakten Eingangsgrößen ziehen und den Lauf in der Studie speichern</translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation>Stichproben:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <source>Run name:</source>
        <translation>Name des Laufs:</translation>
    </message>
    <message>
        <source>Inputs sampled (check) and their distributions</source>
        <translation>Gezogene Eingangsgrößen (anhaken) und ihre Verteilungen</translation>
    </message>
    <message>
        <source>Target Spearman rank correlation between the two inputs</source>
        <translation>Angestrebte Spearman-Rangkorrelation zwischen den beiden Eingangsgrößen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Correlate the two inputs; both are then sampled</source>
        <translation>Die beiden Eingangsgrößen korrelieren; beide werden dann gezogen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Rank correlations (optional), ρ</source>
        <translation>Rangkorrelationen (optional), ρ</translation>
    </message>
    <message>
        <source>%1 ↔ %2: ρ = %3</source>
        <translation>%1 ↔ %2: ρ = %3</translation>
    </message>
    <message>
        <source>The run is stored in the study&apos;s run history under this name; without one it is called “Monte Carlo” and a number</source>
        <translation>Der Lauf wird unter diesem Namen in der Laufhistorie der Studie gespeichert; ohne Namen heißt er „Monte-Carlo“ mit einer Nummer</translation>
    </message>
    <message>
        <source>One of the two inputs whose draws are to move together, with the rank correlation ρ on the right</source>
        <translation>Eine der beiden Eingangsgrößen, deren Ziehungen sich gemeinsam bewegen sollen, mit der Rangkorrelation ρ rechts</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::MonteCarloJob</name>
    <message>
        <source>unexpected error in the Monte Carlo engine</source>
        <translation>unerwarteter Fehler in der Monte-Carlo-Berechnung</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::MonteCarloResultsView</name>
    <message>
        <source>The scenario whose histogram and drivers are shown</source>
        <translation>Das Szenario, dessen Histogramm und Treiber angezeigt werden</translation>
    </message>
    <message>
        <source>Histogram and drivers of scenario:</source>
        <translation>Histogramm und Treiber des Szenarios:</translation>
    </message>
    <message>
        <source>No Monte Carlo analysis has been run for this project yet.</source>
        <translation>Für dieses Projekt wurde noch keine Monte-Carlo-Analyse ausgeführt.</translation>
    </message>
    <message>
        <source>Run a Monte Carlo analysis to see the NPV distribution.</source>
        <translation>Führen Sie eine Monte-Carlo-Analyse aus, um die Verteilung des Kapitalwerts zu sehen.</translation>
    </message>
    <message>
        <source>Run a Monte Carlo analysis to see the S-curve.</source>
        <translation>Führen Sie eine Monte-Carlo-Analyse aus, um die S-Kurve zu sehen.</translation>
    </message>
    <message>
        <source>Run a Monte Carlo analysis to see what drives the NPV.</source>
        <translation>Führen Sie eine Monte-Carlo-Analyse aus, um zu sehen, was den Kapitalwert bestimmt.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>NPV P10
(M€)</source>
        <translation>Kapitalwert P10
(M€)</translation>
    </message>
    <message>
        <source>NPV P50
(M€)</source>
        <translation>Kapitalwert P50
(M€)</translation>
    </message>
    <message>
        <source>NPV P90
(M€)</source>
        <translation>Kapitalwert P90
(M€)</translation>
    </message>
    <message>
        <source>NPV mean
(M€)</source>
        <translation>Kapitalwert Mittelwert
(M€)</translation>
    </message>
    <message>
        <source>NPV std. dev.
(M€)</source>
        <translation>Kapitalwert Std.-Abw.
(M€)</translation>
    </message>
    <message>
        <source>P(NPV &gt; 0)
(%)</source>
        <translation>P(Kapitalwert &gt; 0)
(%)</translation>
    </message>
    <message>
        <source>B/C P10
(–)</source>
        <translation>B/C P10
(–)</translation>
    </message>
    <message>
        <source>B/C P50
(–)</source>
        <translation>B/C P50
(–)</translation>
    </message>
    <message>
        <source>B/C P90
(–)</source>
        <translation>B/C P90
(–)</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::NewStudyEconomicsPage</name>
    <message>
        <source>Economic parameters</source>
        <translation>Wirtschaftliche Parameter</translation>
    </message>
    <message>
        <source>Prefilled with the defaults for new studies from the settings; the ENTSO-E guideline&apos;s are 2023 prices, 4 % and 25 years.</source>
        <translation>Vorbelegt mit den Standardwerten für neue Studien aus den Einstellungen; die des ENTSO-E-Leitfadens sind Preise von 2023, 4 % und 25 Jahre.</translation>
    </message>
    <message>
        <source>&amp;Price base year:</source>
        <translation>&amp;Preisbasisjahr:</translation>
    </message>
    <message>
        <source>All money in the study is in real euros of this year&apos;s prices. Money given in other price years is converted with the deflator.</source>
        <translation>Alle Geldbeträge der Studie sind reale Euro zu Preisen dieses Jahres. Geldbeträge in anderen Preisjahren werden mit dem Deflator umgerechnet.</translation>
    </message>
    <message>
        <source>&amp;Discount rate (real):</source>
        <translation>&amp;Diskontierungssatz (real):</translation>
    </message>
    <message>
        <source>% per year</source>
        <translation>% pro Jahr</translation>
    </message>
    <message>
        <source>Social discount rate r applied to every yearly cash flow x_t: present value = Σ x_t / (1 + r)^(t − t0). ENTSO-E default: 4 %.</source>
        <translation>Sozialer Diskontierungssatz r, angewendet auf jeden jährlichen Zahlungsstrom x_t: Barwert = Σ x_t / (1 + r)^(t − t0). ENTSO-E-Standard: 4 %.</translation>
    </message>
    <message>
        <source>Discounting &amp;year (t0):</source>
        <translation>Diskontierungs&amp;jahr (t0):</translation>
    </message>
    <message>
        <source>The year to which present values are expressed, usually the study&apos;s reference year.</source>
        <translation>Das Jahr, auf das Barwerte bezogen werden, üblicherweise das Referenzjahr der Studie.</translation>
    </message>
    <message>
        <source>&amp;Operating years assessed (N):</source>
        <translation>Bewertete &amp;Betriebsjahre (N):</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>Benefits and OPEX are counted for N years from the commissioning year. ENTSO-E default: 25.</source>
        <translation>Nutzen und OPEX werden für N Jahre ab dem Inbetriebnahmejahr angerechnet. ENTSO-E-Standard: 25.</translation>
    </message>
    <message>
        <source>Use the &amp;ENTSO-E defaults</source>
        <translation>&amp;ENTSO-E-Standardwerte verwenden</translation>
    </message>
    <message>
        <source>2023 prices, 4 %, discounting year 2025, N = 25.</source>
        <translation>Preise von 2023, 4 %, Diskontierungsjahr 2025, N = 25.</translation>
    </message>
    <message>
        <source>Also set to the guideline&apos;s defaults, to change later on the Economics page: no residual value; B/C ratio = (benefits + residual value) / (CAPEX + OPEX); the commissioning year counted in full; a deflator holding the price base year at 1.0.</source>
        <translation>Ebenfalls auf die Standardwerte des Leitfadens gesetzt und später auf der Seite „Wirtschaftliche Parameter“ änderbar: kein Restwert; Nutzen-Kosten-Verhältnis = (Nutzen + Restwert) / (CAPEX + OPEX); das Inbetriebnahmejahr wird voll angerechnet; ein Deflator, der das Preisbasisjahr bei 1.0 hält.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; the scenarios&apos; default prices are in %1 €. With another price base year, add the %1 price index to the deflator before evaluating.</source>
        <translation>&lt;b&gt;Hinweis:&lt;/b&gt; Die Standardpreise der Szenarien sind in € zu Preisen von %1 angegeben. Fügen Sie bei einem anderen Preisbasisjahr vor der Auswertung den Preisindex für %1 zum Deflator hinzu.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::NewStudyInfoPage</name>
    <message>
        <source>New study</source>
        <translation>Neue Studie</translation>
    </message>
    <message>
        <source>Name the study. The next pages start it from the ENTSO-E CBA defaults; everything can be changed later in the editors.</source>
        <translation>Geben Sie der Studie einen Namen. Die folgenden Seiten legen sie mit den ENTSO-E-CBA-Standardwerten an; alles kann später in den Editoren geändert werden.</translation>
    </message>
    <message>
        <source>e.g. TYNDP 2024 – North Sea interconnectors</source>
        <translation>z. B. TYNDP 2024 – Interkonnektoren Nordsee</translation>
    </message>
    <message>
        <source>Purpose, perimeter, sources of the inputs…</source>
        <translation>Zweck, Abgrenzung, Quellen der Eingangsdaten …</translation>
    </message>
    <message>
        <source>Study &amp;name:</source>
        <translation>&amp;Name der Studie:</translation>
    </message>
    <message>
        <source>Shown in the window title and on the report&apos;s cover. Required.</source>
        <translation>Wird in der Titelleiste und auf dem Deckblatt des Berichts angezeigt. Pflichtfeld.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Free text printed at the start of the report.</source>
        <translation>Freitext, der am Anfang des Berichts gedruckt wird.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::NewStudyProjectPage</name>
    <message>
        <source>&amp;Add a first project</source>
        <translation>Ein erstes Projekt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>First project</source>
        <translation>Erstes Projekt</translation>
    </message>
    <message>
        <source>Optional: the project to assess. Projects can also be added later.</source>
        <translation>Optional: das zu bewertende Projekt. Projekte können auch später hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Interconnector</source>
        <translation>Interkonnektor</translation>
    </message>
    <message>
        <source>Internal reinforcement</source>
        <translation>Interne Netzverstärkung</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Other project</source>
        <translation>Sonstiges Projekt</translation>
    </message>
    <message>
        <source>Project &amp;id:</source>
        <translation>Projekt-&amp;ID:</translation>
    </message>
    <message>
        <source>A short unique code, e.g. the TYNDP project number; used in file names and the command line.</source>
        <translation>Ein kurzer eindeutiger Code, z. B. die TYNDP-Projektnummer; wird in Dateinamen und auf der Kommandozeile verwendet.</translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation>Projekt&amp;name:</translation>
    </message>
    <message>
        <source>The project&apos;s full name.</source>
        <translation>Der vollständige Name des Projekts.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Interconnector (cross-border), internal reinforcement or storage.</source>
        <translation>Interkonnektor (grenzüberschreitend), interne Netzverstärkung oder Speicher.</translation>
    </message>
    <message>
        <source>&amp;Commissioning year:</source>
        <translation>&amp;Inbetriebnahmejahr:</translation>
    </message>
    <message>
        <source>The first year of operation: benefits and OPEX count from this year for N years.</source>
        <translation>Das erste Betriebsjahr: Nutzen und OPEX werden ab diesem Jahr für N Jahre angerechnet.</translation>
    </message>
    <message>
        <source>The project starts with no investments and no indicator inputs: add its CAPEX, OPEX and benefits (B1–B9) per scenario and study year in the project editor before evaluating it.</source>
        <translation>Das Projekt beginnt ohne Investitionen und ohne Indikatoreingaben: Geben Sie im Projekteditor seine CAPEX, OPEX und Nutzen (B1–B9) je Szenario und Studienjahr ein, bevor Sie es auswerten.</translation>
    </message>
    <message>
        <source>Tick to start the study with a project: its id, name, kind and commissioning year. Without it the study starts with none.</source>
        <translation>Anhaken, um die Studie mit einem Projekt zu beginnen: seiner ID, seinem Namen, seiner Art und seinem Inbetriebnahmejahr. Andernfalls beginnt die Studie ohne Projekt.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::NewStudyScenariosPage</name>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>The TYNDP scenarios to assess, with the TYNDP 2024 default carbon prices for their study years.</source>
        <translation>Die zu bewertenden TYNDP-Szenarien, mit den CO2-Standardpreisen des TYNDP 2024 für ihre Studienjahre.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>&amp;Value of lost load (VOLL):</source>
        <translation>&amp;Wert der nicht gelieferten Energie (VOLL):</translation>
    </message>
    <message>
        <source>€/MWh (%1 prices)</source>
        <translation>€/MWh (Preise von %1)</translation>
    </message>
    <message>
        <source>What a MWh of energy not served costs consumers; it monetises adequacy (B6 = −ΔEENS × VOLL). There is no default: enter the value your study uses. It applies to every scenario and study year.</source>
        <translation>Was eine MWh nicht gelieferter Energie die Verbraucher kostet; damit wird die Versorgungssicherheit monetarisiert (B6 = −ΔEENS × VOLL). Es gibt keinen Standardwert: Geben Sie den Wert ein, den Ihre Studie verwendet. Er gilt für jedes Szenario und Studienjahr.</translation>
    </message>
    <message>
        <source>&amp;Climate year:</source>
        <translation>&amp;Klimajahr:</translation>
    </message>
    <message>
        <source>The weather year of the market studies; it gets weight 1. Add more climate years with their weights in the scenario editor (TYNDP 2024: 1995, 2008, 2009).</source>
        <translation>Das Wetterjahr der Marktstudien; es erhält das Gewicht 1. Weitere Klimajahre mit ihren Gewichten fügen Sie im Szenarioeditor hinzu (TYNDP 2024: 1995, 2008, 2009).</translation>
    </message>
    <message>
        <source>Scenarios and their study years</source>
        <translation>Szenarien und ihre Studienjahre</translation>
    </message>
    <message>
        <source>The years the scenario is modelled in, separated by commas (e.g. 2030, 2040). Benefits are interpolated linearly between study years and held constant after the last one.</source>
        <translation>Die Jahre, für die das Szenario modelliert wird, durch Kommas getrennt (z. B. 2030, 2040). Nutzen werden zwischen den Studienjahren linear interpoliert und nach dem letzten konstant gehalten.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Study years:</source>
        <translation>Studienjahre:</translation>
    </message>
    <message>
        <source>Study years of %1: give whole years between 1900 and 2200, separated by commas.</source>
        <translation>Studienjahre von %1: Geben Sie ganze Jahre zwischen 1900 und 2200 an, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Choose at least one scenario.</source>
        <translation>Wählen Sie mindestens ein Szenario aus.</translation>
    </message>
    <message>
        <source>Enter the value of lost load (VOLL): it has no default.</source>
        <translation>Geben Sie den Wert der nicht gelieferten Energie (VOLL) ein: Es gibt keinen Standardwert.</translation>
    </message>
    <message>
        <source>VOLL must be a number of €/MWh greater than 0, got &quot;%1&quot;.</source>
        <translation>VOLL muss eine Zahl in €/MWh größer als 0 sein, erhalten: „%1“.</translation>
    </message>
    <message>
        <source>Carbon prices the study years get: TYNDP 2024 defaults in €/t (%1 prices), interpolated between 2030, 2040 and 2050.</source>
        <translation>CO2-Preise, die die Studienjahre erhalten: Standardwerte des TYNDP 2024 in €/t (Preise von %1), interpoliert zwischen 2030, 2040 und 2050.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Societal cost of carbon low / central / high</source>
        <translation>Gesellschaftliche CO2-Kosten niedrig / zentral / hoch</translation>
    </message>
    <message>
        <source>Market CO2 price</source>
        <translation>CO2-Marktpreis</translation>
    </message>
    <message>
        <source>* outside 2030–2040, where the guideline gives no societal cost of carbon: the nearest year&apos;s values are used; check them.</source>
        <translation>* außerhalb von 2030–2040, wofür der Leitfaden keine gesellschaftlichen CO2-Kosten angibt: Es werden die Werte des nächstgelegenen Jahres verwendet; prüfen Sie diese.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::NewStudyWizard</name>
    <message>
        <source>New Study</source>
        <translation>Neue Studie</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::NpvByProjectChart</name>
    <message>
        <source>NPV per project and scenario</source>
        <translation>Kapitalwert je Projekt und Szenario</translation>
    </message>
    <message>
        <source>No project has results to show.</source>
        <translation>Kein Projekt hat Ergebnisse zum Anzeigen.</translation>
    </message>
    <message>
        <source>Project (one bar per scenario)</source>
        <translation>Projekt (ein Balken je Szenario)</translation>
    </message>
    <message>
        <source>Net present value</source>
        <translation>Kapitalwert</translation>
    </message>
    <message>
        <source>%1
%2: NPV %3</source>
        <translation>%1
%2: Kapitalwert %3</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::NpvHistogramChart</name>
    <message>
        <source>Distribution of NPV</source>
        <translation>Verteilung des Kapitalwerts</translation>
    </message>
    <message>
        <source>Samples per bin</source>
        <translation>Stichproben je Klasse</translation>
    </message>
    <message>
        <source>Run a Monte Carlo analysis to see the NPV distribution.</source>
        <translation>Führen Sie eine Monte-Carlo-Analyse aus, um die Verteilung des Kapitalwerts zu sehen.</translation>
    </message>
    <message>
        <source>P10 %1</source>
        <translation>P10 %1</translation>
    </message>
    <message>
        <source>P50 %1</source>
        <translation>P50 %1</translation>
    </message>
    <message>
        <source>P90 %1</source>
        <translation>P90 %1</translation>
    </message>
    <message>
        <source>Distribution of NPV — %1</source>
        <translation>Verteilung des Kapitalwerts – %1</translation>
    </message>
    <message>
        <source>Net present value (M€ of %1)</source>
        <translation>Kapitalwert (M€ zu Preisen von %1)</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::NpvRangeChart</name>
    <message>
        <source>NPV and B/C ratio per scenario</source>
        <translation>Kapitalwert und Nutzen-Kosten-Verhältnis je Szenario</translation>
    </message>
    <message>
        <source>Benefit/cost ratio (–)</source>
        <translation>Nutzen-Kosten-Verhältnis (–)</translation>
    </message>
    <message>
        <source>No results to show.</source>
        <translation>Keine Ergebnisse anzuzeigen.</translation>
    </message>
    <message>
        <source>The project is not assessed in any scenario.</source>
        <translation>Das Projekt wird in keinem Szenario bewertet.</translation>
    </message>
    <message>
        <source>Net present value (NPV)</source>
        <translation>Kapitalwert (NPV)</translation>
    </message>
    <message>
        <source>NPV range over scenarios: %1 to %2</source>
        <translation>Spanne des Kapitalwerts über die Szenarien: %1 bis %2</translation>
    </message>
    <message>
        <source>B/C %1</source>
        <translation>NKV %1</translation>
    </message>
    <message>
        <source>Benefit/cost ratio (right axis)</source>
        <translation>Nutzen-Kosten-Verhältnis (rechte Achse)</translation>
    </message>
    <message>
        <source>Scenario (bars: NPV, diamonds: B/C ratio)</source>
        <translation>Szenario (Balken: Kapitalwert, Rauten: Nutzen-Kosten-Verhältnis)</translation>
    </message>
    <message>
        <source>Net present value</source>
        <translation>Kapitalwert</translation>
    </message>
    <message>
        <source>%1
Net present value: %2</source>
        <translation>%1
Kapitalwert: %2</translation>
    </message>
    <message>
        <source>%1
Benefit/cost ratio: %2</source>
        <translation>%1
Nutzen-Kosten-Verhältnis: %2</translation>
    </message>
    <message>
        <source>NPV range over scenarios
from %1 to %2</source>
        <translation>Spanne des Kapitalwerts über die Szenarien
von %1 bis %2</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::PlotWidget</name>
    <message>
        <source>%1 (%2 of %3)</source>
        <extracomment>%1 a quantity, %2 the money unit (M€), %3 the price base year</extracomment>
        <translation>%1 (%2 zu Preisen von %3)</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::PowerSystemAdapters</name>
    <message>
        <source>above 0 %</source>
        <translation>über 0 %</translation>
    </message>
    <message>
        <source>below 100 %</source>
        <translation>unter 100 %</translation>
    </message>
    <message>
        <source>%1 must be %2 to %3</source>
        <translation>%1 muss %2 bis %3 betragen</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1 “%2” is not a zone of this power system; add it in the Zones table first</source>
        <translation>%1 „%2“ ist keine Zone dieses Stromsystems; fügen Sie sie zuerst in der Tabelle „Zonen“ hinzu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>May be left empty.</source>
        <translation>Darf leer bleiben.</translation>
    </message>
    <message>
        <source>Empty: %1.</source>
        <translation>Leer: %1.</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Bidding-zone code, unique in the system (“DE00”, “ITN1”). Renaming it renames it in every table of this system.</source>
        <translation>Code der Gebotszone, eindeutig im System („DE00“, „ITN1“). Eine Umbenennung wirkt sich auf alle Tabellen dieses Systems aus.</translation>
    </message>
    <message>
        <source>Zone must not be empty</source>
        <translation>Die Zone darf nicht leer sein</translation>
    </message>
    <message>
        <source>The power system no longer exists</source>
        <translation>Das Stromsystem existiert nicht mehr</translation>
    </message>
    <message>
        <source>Zone “%1” is already in this system</source>
        <translation>Die Zone „%1“ ist bereits in diesem System enthalten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The zone&apos;s name in tables and charts.</source>
        <translation>Der Name der Zone in Tabellen und Diagrammen.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>ISO 3166 code of the zone&apos;s country (“DE”; TYNDP&apos;s “UK” and “EL” are accepted). B1 per country sums its zones.</source>
        <translation>ISO-3166-Code des Landes der Zone („DE“; die TYNDP-Codes „UK“ und „EL“ werden akzeptiert). B1 je Land ist die Summe seiner Zonen.</translation>
    </message>
    <message>
        <source>Country must not be empty (an ISO code such as DE)</source>
        <translation>Das Land darf nicht leer sein (ein ISO-Code wie DE)</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <source>Whether the zone is in the EU, for the EU-only perimeter of the results.</source>
        <translation>Ob die Zone in der EU liegt, für die auf die EU beschränkte Abgrenzung der Ergebnisse.</translation>
    </message>
    <message>
        <source>Annual demand (GWh)</source>
        <translation>Jahreslast (GWh)</translation>
    </message>
    <message>
        <source>Yearly demand of a profile with mean 1, in GWh (the key annualDemandMwh is in MWh). Hourly demand = annual demand / 8,760 × the demand profile&apos;s value of the hour.</source>
        <translation>Jährliche Last eines Profils mit Mittelwert 1, in GWh (der Schlüssel annualDemandMwh ist in MWh). Stündliche Last = Jahreslast / 8,760 × Wert des Lastprofils in der jeweiligen Stunde.</translation>
    </message>
    <message>
        <source>Annual demand</source>
        <translation>Jahreslast</translation>
    </message>
    <message>
        <source>Demand profile</source>
        <translation>Lastprofil</translation>
    </message>
    <message>
        <source>Id of the relative-demand profile (mean about 1) in the profile library.</source>
        <translation>ID des Profils der relativen Last (Mittelwert etwa 1) in der Profilbibliothek.</translation>
    </message>
    <message>
        <source>VOLL (€/MWh)</source>
        <translation>VOLL (€/MWh)</translation>
    </message>
    <message>
        <source>Value of lost load of this zone in €/MWh of the scenario&apos;s price year; empty: the study year&apos;s VOLL.</source>
        <translation>Wert der nicht gelieferten Energie dieser Zone in €/MWh des Preisjahrs des Szenarios; leer: der VOLL des Studienjahrs.</translation>
    </message>
    <message>
        <source>VOLL must be above 0 €/MWh, or empty for the study year&apos;s</source>
        <translation>VOLL muss über 0 €/MWh liegen oder leer sein (dann gilt der des Studienjahrs)</translation>
    </message>
    <message>
        <source>From zone</source>
        <translation>Von Zone</translation>
    </message>
    <message>
        <source>Zone at one end of the border.</source>
        <translation>Zone an einem Ende der Grenze.</translation>
    </message>
    <message>
        <source>To zone</source>
        <translation>Nach Zone</translation>
    </message>
    <message>
        <source>Zone at the other end of the border.</source>
        <translation>Zone am anderen Ende der Grenze.</translation>
    </message>
    <message>
        <source>NTC from → to (MW)</source>
        <translation>NTC von → nach (MW)</translation>
    </message>
    <message>
        <source>Net transfer capacity from the first zone to the second, MW (times the hourly factor of the forward profile, if one is given).</source>
        <translation>Nettoübertragungskapazität von der ersten zur zweiten Zone, MW (multipliziert mit dem Stundenfaktor des Profils der Hinrichtung, falls angegeben).</translation>
    </message>
    <message>
        <source>NTC from → to</source>
        <translation>NTC von → nach</translation>
    </message>
    <message>
        <source>NTC to → from (MW)</source>
        <translation>NTC nach → von (MW)</translation>
    </message>
    <message>
        <source>Net transfer capacity from the second zone to the first, MW.</source>
        <translation>Nettoübertragungskapazität von der zweiten zur ersten Zone, MW.</translation>
    </message>
    <message>
        <source>NTC to → from</source>
        <translation>NTC nach → von</translation>
    </message>
    <message>
        <source>Profile from → to</source>
        <translation>Profil von → nach</translation>
    </message>
    <message>
        <source>Optional id of a profile of hourly factors 0..1 of the forward NTC; empty: the full NTC every hour.</source>
        <translation>Optionale ID eines Profils mit Stundenfaktoren 0..1 für die NTC in Hinrichtung; leer: volle NTC in jeder Stunde.</translation>
    </message>
    <message>
        <source>Profile to → from</source>
        <translation>Profil nach → von</translation>
    </message>
    <message>
        <source>Optional id of a profile of hourly factors 0..1 of the backward NTC.</source>
        <translation>Optionale ID eines Profils mit Stundenfaktoren 0..1 für die NTC in Rückrichtung.</translation>
    </message>
    <message>
        <source>Losses (%)</source>
        <translation>Verluste (%)</translation>
    </message>
    <message>
        <source>Share of a flow lost on the way, 0 to 50 %: the importing zone receives (1 − losses) of what leaves the exporting zone. Enters B5.</source>
        <translation>Anteil eines Flusses, der unterwegs verloren geht, 0 bis 50 %: Die importierende Zone erhält (1 − Verluste) dessen, was die exportierende Zone verlässt. Geht in B5 ein.</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Verluste</translation>
    </message>
    <message>
        <source>Row %1, To zone: a border joins two different zones</source>
        <translation>Zeile %1, Nach Zone: Eine Grenze verbindet zwei verschiedene Zonen</translation>
    </message>
    <message>
        <source>Row %1: the border %2–%3 is given twice; give one row per pair of zones with both directions</source>
        <translation>Zeile %1: Die Grenze %2–%3 ist doppelt angegeben; geben Sie je Zonenpaar eine Zeile mit beiden Richtungen an</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name of the cluster, unique in the system (“DE_gas_ccgt”).</source>
        <translation>Name des Clusters, eindeutig im System („DE_gas_ccgt“).</translation>
    </message>
    <message>
        <source>Zone the cluster feeds.</source>
        <translation>Zone, in die der Cluster einspeist.</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Brennstoff</translation>
    </message>
    <message>
        <source>Fuel whose price the scenario gives per study year (Scenario &gt; Fuel prices, €/MWh of fuel): “gas”, “coal”, “lignite”, “nuclear”, …</source>
        <translation>Brennstoff, dessen Preis das Szenario je Studienjahr vorgibt (Szenario &gt; Brennstoffpreise, €/MWh Brennstoff): „gas“, „coal“, „lignite“, „nuclear“, …</translation>
    </message>
    <message>
        <source>Fuel must not be empty</source>
        <translation>Brennstoff darf nicht leer sein</translation>
    </message>
    <message>
        <source>Capacity (MW)</source>
        <translation>Leistung (MW)</translation>
    </message>
    <message>
        <source>Installed net capacity of the whole cluster, MW.</source>
        <translation>Installierte Nettoleistung des gesamten Clusters, MW.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Blöcke</translation>
    </message>
    <message>
        <source>Number of identical units; a forced outage takes out one whole unit (capacity / units).</source>
        <translation>Anzahl identischer Blöcke; ein ungeplanter Ausfall legt einen ganzen Block still (Leistung / Blöcke).</translation>
    </message>
    <message>
        <source>Availability (%)</source>
        <translation>Verfügbarkeit (%)</translation>
    </message>
    <message>
        <source>Share of the capacity not on planned maintenance, yearly average.</source>
        <translation>Anteil der Leistung, der nicht in geplanter Instandhaltung ist, Jahresmittel.</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Forced outage rate (%)</source>
        <translation>Rate ungeplanter Ausfälle (%)</translation>
    </message>
    <message>
        <source>Probability that a unit is out at a given hour (adequacy, B6).</source>
        <translation>Wahrscheinlichkeit, dass ein Block in einer gegebenen Stunde ausgefallen ist (Versorgungssicherheit, B6).</translation>
    </message>
    <message>
        <source>Forced outage rate</source>
        <translation>Rate ungeplanter Ausfälle</translation>
    </message>
    <message>
        <source>Repair time (h)</source>
        <translation>Reparaturdauer (h)</translation>
    </message>
    <message>
        <source>Mean duration of a forced outage, hours (0 to 8,760).</source>
        <translation>Mittlere Dauer eines ungeplanten Ausfalls, Stunden (0 bis 8,760).</translation>
    </message>
    <message>
        <source>Repair time must be above 0 and at most 8,760 hours</source>
        <translation>Die Reparaturdauer muss größer als 0 und höchstens 8,760 Stunden sein</translation>
    </message>
    <message>
        <source>Efficiency (%)</source>
        <translation>Wirkungsgrad (%)</translation>
    </message>
    <message>
        <source>Net electrical efficiency: MWh of electricity per MWh of fuel.</source>
        <translation>Elektrischer Nettowirkungsgrad: MWh Strom je MWh Brennstoff.</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Wirkungsgrad</translation>
    </message>
    <message>
        <source>CO2 (t/MWh fuel)</source>
        <translation>CO2 (t/MWh Brennstoff)</translation>
    </message>
    <message>
        <source>CO2 emitted per MWh of fuel burnt (gas 0.202, hard coal 0.341); priced at the study year&apos;s market CO2 price, enters B2.</source>
        <translation>CO2-Emission je MWh eingesetzten Brennstoffs (Erdgas 0.202, Steinkohle 0.341); bewertet mit dem Markt-CO2-Preis des Studienjahres, geht in B2 ein.</translation>
    </message>
    <message>
        <source>CO2 factor</source>
        <translation>CO2-Faktor</translation>
    </message>
    <message>
        <source>%1 (kg/MWh fuel)</source>
        <translation>%1 (kg/MWh Brennstoff)</translation>
    </message>
    <message>
        <source>%1 emitted per MWh of fuel burnt, kg; empty: none. Enters B4 (%2).</source>
        <translation>Ausgestoßene Menge %1 je MWh eingesetzten Brennstoffs, kg; leer: keine. Geht in B4 ein (%2).</translation>
    </message>
    <message>
        <source>%1 must be 0 or more</source>
        <translation>%1 muss 0 oder größer sein</translation>
    </message>
    <message>
        <source>Variable O&amp;M (€/MWh)</source>
        <translation>Variable O&amp;M-Kosten (€/MWh)</translation>
    </message>
    <message>
        <source>Variable operation and maintenance cost per MWh of electricity, in the scenario&apos;s price year.</source>
        <translation>Variable Betriebs- und Wartungskosten je MWh Strom, zu Preisen des Preisjahres des Szenarios.</translation>
    </message>
    <message>
        <source>Must run (%)</source>
        <translation>Must-run (%)</translation>
    </message>
    <message>
        <source>Share of the available capacity that runs whatever the price (combined heat and power, system services).</source>
        <translation>Anteil der verfügbaren Leistung, der unabhängig vom Preis läuft (Kraft-Wärme-Kopplung, Systemdienstleistungen).</translation>
    </message>
    <message>
        <source>Must run</source>
        <translation>Must-run</translation>
    </message>
    <message>
        <source>Zone the plants feed.</source>
        <translation>Zone, in die die Anlagen einspeisen.</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>“pv”, “wind_onshore”, “wind_offshore”, “ror” (run of river), …: curtailable at no cost; curtailment enters B3.</source>
        <translation>„pv“, „wind_onshore“, „wind_offshore“, „ror“ (Laufwasser), …: kostenlos abregelbar; die Abregelung geht in B3 ein.</translation>
    </message>
    <message>
        <source>Technology must not be empty</source>
        <translation>Technologie darf nicht leer sein</translation>
    </message>
    <message>
        <source>Installed capacity, MW.</source>
        <translation>Installierte Leistung, MW.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Id of the capacity-factor profile (0..1 per hour) in the profile library.</source>
        <translation>ID des Kapazitätsfaktor-Profils (0..1 je Stunde) in der Profilbibliothek.</translation>
    </message>
    <message>
        <source>Name of the storage unit, unique in the system.</source>
        <translation>Name der Speichereinheit, im System eindeutig.</translation>
    </message>
    <message>
        <source>Zone the unit is in.</source>
        <translation>Zone, in der sich die Einheit befindet.</translation>
    </message>
    <message>
        <source>“battery”, “phs” (pumped hydro), “reservoir”, …</source>
        <translation>„battery“, „phs“ (Pumpspeicher), „reservoir“, …</translation>
    </message>
    <message>
        <source>Charge (MW)</source>
        <translation>Ladeleistung (MW)</translation>
    </message>
    <message>
        <source>Charging or pumping power, MW; 0 for a reservoir that cannot pump.</source>
        <translation>Lade- bzw. Pumpleistung, MW; 0 für ein Speicherkraftwerk ohne Pumpbetrieb.</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Ladeleistung</translation>
    </message>
    <message>
        <source>Discharge (MW)</source>
        <translation>Entladeleistung (MW)</translation>
    </message>
    <message>
        <source>Discharging or turbine power, MW.</source>
        <translation>Entlade- bzw. Turbinenleistung, MW.</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Entladeleistung</translation>
    </message>
    <message>
        <source>Energy (MWh)</source>
        <translation>Energie (MWh)</translation>
    </message>
    <message>
        <source>Usable energy, MWh.</source>
        <translation>Nutzbare Energie, MWh.</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Round trip (%)</source>
        <translation>Zykluswirkungsgrad (%)</translation>
    </message>
    <message>
        <source>MWh discharged per MWh charged (the losses are taken on charging).</source>
        <translation>Entladene MWh je geladener MWh (die Verluste fallen beim Laden an).</translation>
    </message>
    <message>
        <source>Round-trip efficiency</source>
        <translation>Zykluswirkungsgrad</translation>
    </message>
    <message>
        <source>Initial level (%)</source>
        <translation>Anfangsfüllstand (%)</translation>
    </message>
    <message>
        <source>Level at the start of the year, as a share of the energy.</source>
        <translation>Füllstand zu Jahresbeginn, als Anteil der Energie.</translation>
    </message>
    <message>
        <source>Initial level</source>
        <translation>Anfangsfüllstand</translation>
    </message>
    <message>
        <source>Inflow (GWh/yr)</source>
        <translation>Zufluss (GWh/yr)</translation>
    </message>
    <message>
        <source>Natural inflow of a reservoir in a year of profile mean 1, GWh (the key annualInflowMwh is in MWh); 0 for batteries and pure pumped storage.</source>
        <translation>Natürlicher Zufluss eines Speichers in einem Jahr mit Profilmittelwert 1, GWh (der Schlüssel annualInflowMwh ist in MWh); 0 für Batterien und reine Pumpspeicher.</translation>
    </message>
    <message>
        <source>Inflow</source>
        <translation>Zufluss</translation>
    </message>
    <message>
        <source>Inflow profile</source>
        <translation>Zuflussprofil</translation>
    </message>
    <message>
        <source>Id of the inflow profile (mean about 1); needed when there is an inflow.</source>
        <translation>ID des Zuflussprofils (Mittelwert etwa 1); erforderlich, wenn es einen Zufluss gibt.</translation>
    </message>
    <message>
        <source>Name of the block, unique in the system.</source>
        <translation>Name des Blocks, im System eindeutig.</translation>
    </message>
    <message>
        <source>Zone whose demand the block reduces.</source>
        <translation>Zone, deren Last der Block verringert.</translation>
    </message>
    <message>
        <source>Demand that can be reduced in any hour, MW.</source>
        <translation>Last, die in jeder Stunde reduziert werden kann, MW.</translation>
    </message>
    <message>
        <source>Price (€/MWh)</source>
        <translation>Preis (€/MWh)</translation>
    </message>
    <message>
        <source>Price at which the demand reduces, €/MWh of the scenario&apos;s price year; counted as generation cost.</source>
        <translation>Preis, ab dem die Last reduziert wird, in €/MWh des Preisjahres des Szenarios; zählt zu den Erzeugungskosten.</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <source>Borders</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Thermal clusters</source>
        <translation>Thermische Kraftwerkscluster</translation>
    </message>
    <message>
        <source>Renewables</source>
        <translation>Erneuerbare Energien</translation>
    </message>
    <message>
        <source>Storage and hydro</source>
        <translation>Speicher und Wasserkraft</translation>
    </message>
    <message>
        <source>Demand response</source>
        <translation>Lastflexibilität</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <extracomment>%1 table (&quot;Thermal clusters&quot;), %2 scenario id, %3 study year</extracomment>
        <translation>%1 von %2 %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::PowerSystemPage</name>
    <message>
        <source>Bidding zones with their yearly demand and demand profile. Every other table refers to these zones.</source>
        <translation>Gebotszonen mit ihrer jährlichen Last und ihrem Lastprofil. Alle anderen Tabellen beziehen sich auf diese Zonen.</translation>
    </message>
    <message>
        <source>Net transfer capacities between zones, per direction, with optional hourly profiles and losses. A project&apos;s ΔNTC is added to these (PINT) or taken off (TOOT).</source>
        <translation>Nettoübertragungskapazitäten zwischen Zonen, je Richtung, mit optionalen stündlichen Profilen und Verlusten. Die ΔNTC eines Projekts wird hierzu addiert (PINT) oder davon abgezogen (TOOT).</translation>
    </message>
    <message>
        <source>Groups of identical thermal units. The marginal cost is fuel price / efficiency + CO2 factor × CO2 price / efficiency + variable O&amp;M; fuel prices come from the scenario.</source>
        <translation>Gruppen identischer thermischer Blöcke. Die Grenzkosten betragen Brennstoffpreis / Wirkungsgrad + CO2-Faktor × CO2-Preis / Wirkungsgrad + variable O&amp;M; die Brennstoffpreise stammen aus dem Szenario.</translation>
    </message>
    <message>
        <source>Wind, solar and run of river per zone and technology, with an hourly capacity-factor profile; curtailable at no cost.</source>
        <translation>Wind, Photovoltaik und Laufwasser je Zone und Technologie, mit einem stündlichen Kapazitätsfaktor-Profil; kostenlos abregelbar.</translation>
    </message>
    <message>
        <source>Batteries, pumped hydro and reservoirs with natural inflow. Levels are coupled within a week and carried to the next.</source>
        <translation>Batterien, Pumpspeicher und Speicherwasserkraftwerke mit natürlichem Zufluss. Die Füllstände sind innerhalb einer Woche gekoppelt und werden in die nächste übertragen.</translation>
    </message>
    <message>
        <source>Demand that reduces when the price reaches the block&apos;s price.</source>
        <translation>Last, die sinkt, wenn der Preis den Preis des Blocks erreicht.</translation>
    </message>
    <message>
        <source>Remove Power System</source>
        <translation>Stromsystem entfernen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Scenario whose power system is shown</source>
        <translation>Szenario, dessen Stromsystem angezeigt wird</translation>
    </message>
    <message>
        <source>Study year of the scenario</source>
        <translation>Studienjahr des Szenarios</translation>
    </message>
    <message>
        <source>Remove this scenario and year&apos;s power system (Edit &gt; Undo brings it back)</source>
        <translation>Stromsystem dieses Szenarios und Jahres entfernen (Bearbeiten &gt; Rückgängig stellt es wieder her)</translation>
    </message>
    <message>
        <source>An existing power system (scenario and study year) to copy as the starting point of this one</source>
        <translation>Ein bestehendes Stromsystem (Szenario und Studienjahr), das als Ausgangspunkt für dieses kopiert wird</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Szenario:</translation>
    </message>
    <message>
        <source>Study year:</source>
        <translation>Studienjahr:</translation>
    </message>
    <message>
        <source>Create Empty Power System</source>
        <translation>Leeres Stromsystem erstellen</translation>
    </message>
    <message>
        <source>or copy the system of</source>
        <translation>oder das System kopieren von</translation>
    </message>
    <message>
        <source>Power system</source>
        <translation>Stromsystem</translation>
    </message>
    <message>
        <source>The zones, borders and plant that the market model dispatches to compute B1–B6, one system per scenario and study year. Hover a column header for its meaning and unit; profiles are in Market model &gt; Profiles, fuel and CO2 prices in the scenario.</source>
        <translation>Die Zonen, Grenzen und Anlagen, die das Marktmodell zur Berechnung von B1–B6 einsetzt, ein System je Szenario und Studienjahr. Fahren Sie mit der Maus über eine Spaltenüberschrift, um Bedeutung und Einheit zu sehen; Profile finden Sie unter Marktmodell &gt; Profile, Brennstoff- und CO2-Preise im Szenario.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (none)</source>
        <extracomment>a study year that has no power system yet</extracomment>
        <translation>%1 (keines)</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%n zone(s))</source>
        <translation>
            <numerusform>%1 %2 (%n Zone)</numerusform>
            <numerusform>%1 %2 (%n Zonen)</numerusform>
        </translation>
    </message>
    <message>
        <source>No study is open.</source>
        <translation>Es ist keine Studie geöffnet.</translation>
    </message>
    <message>
        <source>The study has no scenario yet: add one first.</source>
        <translation>Die Studie hat noch kein Szenario: Fügen Sie zuerst eines hinzu.</translation>
    </message>
    <message>
        <source>Scenario %1 has no study year yet.</source>
        <translation>Szenario %1 hat noch kein Studienjahr.</translation>
    </message>
    <message>
        <source>Scenario %1 has no power system for %2 yet. Without one, B1–B6 of %2 are taken as entered.</source>
        <translation>Szenario %1 hat noch kein Stromsystem für %2. Ohne ein solches werden B1–B6 für %2 wie eingegeben übernommen.</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s), %1 border(s), %2 thermal cluster(s)</source>
        <translation>
            <numerusform>%n Zone, %1 Grenze(n), %2 thermische(r) Kraftwerkscluster</numerusform>
            <numerusform>%n Zonen, %1 Grenze(n), %2 thermische(r) Kraftwerkscluster</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 ⚠)</source>
        <extracomment>a tab&apos;s title with the number of problems found in its table</extracomment>
        <translation>%1 (%2 ⚠)</translation>
    </message>
    <message>
        <source>Create power system %1 %2</source>
        <translation>Stromsystem %1 %2 erstellen</translation>
    </message>
    <message>
        <source>Copy power system %1 %2 to %3 %4</source>
        <extracomment>%1 %2 the system copied (scenario, year), %3 %4 where it goes</extracomment>
        <translation>Stromsystem %1 %2 nach %3 %4 kopieren</translation>
    </message>
    <message>
        <source>Remove power system %1 %2</source>
        <translation>Stromsystem %1 %2 entfernen</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ProfileChart</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Select a profile in the list to see its values.</source>
        <translation>Wählen Sie ein Profil in der Liste aus, um seine Werte zu sehen.</translation>
    </message>
    <message>
        <source>every climate year</source>
        <translation>alle Klimajahre</translation>
    </message>
    <message>
        <source>climate year %1</source>
        <translation>Klimajahr %1</translation>
    </message>
    <message>
        <source>%1 (%2): daily means of the year</source>
        <translation>%1 (%2): Tagesmittelwerte des Jahres</translation>
    </message>
    <message>
        <source>Day of the year</source>
        <translation>Tag des Jahres</translation>
    </message>
    <message>
        <source>Daily mean</source>
        <translation>Tagesmittel</translation>
    </message>
    <message>
        <source>%1 (%2): week %3, hour by hour (drag or scroll to move and zoom)</source>
        <translation>%1 (%2): Woche %3, Stunde für Stunde (zum Verschieben und Zoomen ziehen oder scrollen)</translation>
    </message>
    <message>
        <source>Hour of the year</source>
        <translation>Stunde des Jahres</translation>
    </message>
    <message>
        <source>Hourly value</source>
        <translation>Stundenwert</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ProfileImportDialog</name>
    <message>
        <source>Import Profiles</source>
        <translation>Profile importieren</translation>
    </message>
    <message>
        <source>0 – every climate year</source>
        <translation>0 – alle Klimajahre</translation>
    </message>
    <message>
        <source>The weather year the file&apos;s values belong to; 0 for profiles that are the same in every climate year.</source>
        <translation>Das Wetterjahr, zu dem die Werte der Datei gehören; 0 für Profile, die in allen Klimajahren gleich sind.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Climate year:</source>
        <translation>Klimajahr:</translation>
    </message>
    <message>
        <source>One column per profile after the “hour” column, one row per hour of the year. Profiles with the same id and climate year as one in the study replace it.</source>
        <translation>Eine Spalte je Profil nach der Spalte „hour“, eine Zeile je Stunde des Jahres. Profile mit derselben ID und demselben Klimajahr wie ein Profil der Studie ersetzen dieses.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n profile(s) for climate year %1</source>
        <translation>
            <numerusform>%n Profil für Klimajahr %1 importieren</numerusform>
            <numerusform>%n Profile für Klimajahr %1 importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>In the study</source>
        <translation>In der Studie</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message numerus="yes">
        <source>Nothing will be imported: fix the %n error(s) below and try again.</source>
        <translation>
            <numerusform>Es wird nichts importiert: Beheben Sie den %n unten aufgeführten Fehler und versuchen Sie es erneut.</numerusform>
            <numerusform>Es wird nichts importiert: Beheben Sie die %n unten aufgeführten Fehler und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) of %1 hours; %2 replace profiles of the study.</source>
        <translation>
            <numerusform>%n Profil mit %1 Stunden; ersetzte Profile der Studie: %2.</numerusform>
            <numerusform>%n Profile mit %1 Stunden; ersetzte Profile der Studie: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ProfilesAdapter</name>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Id the power systems refer to (“load_DE”, “pv_ES”). Renaming it renames it in every climate year and every power system.</source>
        <translation>ID, auf die sich die Stromsysteme beziehen („load_DE“, „pv_ES“). Eine Umbenennung wirkt in allen Klimajahren und allen Stromsystemen.</translation>
    </message>
    <message>
        <source>Climate year</source>
        <translation>Klimajahr</translation>
    </message>
    <message>
        <source>Weather year the values belong to; 0: the same in every climate year (an hourly NTC pattern, a flat profile).</source>
        <translation>Wetterjahr, zu dem die Werte gehören; 0: in allen Klimajahren gleich (ein stündliches NTC-Muster, ein flaches Profil).</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Mean of the 8,760 hourly values: about 1 for relative demand and inflow, the capacity factor for renewables.</source>
        <translation>Mittelwert der 8,760 Stundenwerte: etwa 1 für relative Last und Zufluss, der Kapazitätsfaktor bei erneuerbaren Energien.</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Smallest hourly value.</source>
        <translation>Kleinster Stundenwert.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Largest hourly value.</source>
        <translation>Größter Stundenwert.</translation>
    </message>
    <message>
        <source>Row %1 of the profiles no longer exists</source>
        <translation>Zeile %1 der Profile existiert nicht mehr</translation>
    </message>
    <message>
        <source>Profile must not be empty</source>
        <translation>Profil darf nicht leer sein</translation>
    </message>
    <message>
        <source>Profile “%1” already exists; delete it first or choose another id</source>
        <translation>Profil „%1“ existiert bereits; löschen Sie es zuerst oder wählen Sie eine andere ID</translation>
    </message>
    <message>
        <source>Climate year must be 0 (every climate year) or between %1 and %2</source>
        <translation>Klimajahr muss 0 (alle Klimajahre) sein oder zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>Profile “%1” already has climate year %2</source>
        <translation>Profil „%1“ hat bereits das Klimajahr %2</translation>
    </message>
    <message>
        <source>%1 is computed from the hourly values and cannot be edited</source>
        <translation>%1 wird aus den Stundenwerten berechnet und kann nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>Row %1: profile “%2” is given twice for climate year %3</source>
        <translation>Zeile %1: Profil „%2“ ist für Klimajahr %3 doppelt angegeben</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ProfilesPage</name>
    <message>
        <source>One week, hourly</source>
        <translation>Eine Woche, stündlich</translation>
    </message>
    <message>
        <source>Whole year, daily means</source>
        <translation>Ganzes Jahr, Tagesmittel</translation>
    </message>
    <message>
        <source>One week hour by hour, or the whole year as daily means (MW or per-unit availability, as the profile is stored)</source>
        <translation>Eine Woche Stunde für Stunde oder das ganze Jahr als Tagesmittel (MW oder Verfügbarkeit in p.u., je nachdem, wie das Profil gespeichert ist)</translation>
    </message>
    <message>
        <source>week </source>
        <translation>Woche </translation>
    </message>
    <message>
        <source>Week of the year shown hour by hour; drag or scroll the chart to move and zoom</source>
        <translation>Woche des Jahres, die Stunde für Stunde angezeigt wird; ziehen oder scrollen Sie im Diagramm, um es zu verschieben und zu zoomen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Hourly series of 8,760 values per climate year that the power systems refer to by id: relative demand and inflow (mean about 1), renewable capacity factors (0..1), NTC factors. Import CSV… reads a file with an “hour” column and one column per profile; a leap year&apos;s 29 February is dropped. Renaming a profile renames it in every power system.</source>
        <translation>Stündliche Zeitreihen mit 8,760 Werten je Klimajahr, auf die sich die Stromsysteme per ID beziehen: relative Last und Zufluss (Mittelwert etwa 1), Kapazitätsfaktoren erneuerbarer Energien (0..1), NTC-Faktoren. CSV importieren … liest eine Datei mit einer Spalte „hour“ und einer Spalte je Profil; der 29. Februar eines Schaltjahres wird verworfen. Die Umbenennung eines Profils wirkt in allen Stromsystemen.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ProjectAdapters</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>There is no scenario “%1” in this study</source>
        <translation>In dieser Studie gibt es kein Szenario „%1“</translation>
    </message>
    <message>
        <source>%1 is not a study year of scenario %2 (study years: %3)</source>
        <translation>%1 ist kein Studienjahr von Szenario %2 (Studienjahre: %3)</translation>
    </message>
    <message>
        <source>Inputs for scenario %1, year %2 are already in the table</source>
        <translation>Eingangsdaten für Szenario %1, Jahr %2 sind bereits in der Tabelle</translation>
    </message>
    <message>
        <source>With minus without the project: negative = reduction (a benefit).</source>
        <translation>Mit minus ohne Projekt: negativ = Verringerung (ein Nutzen).</translation>
    </message>
    <message>
        <source>Positive = benefit.</source>
        <translation>Positiv = Nutzen.</translation>
    </message>
    <message>
        <source>Empty = not assessed (not the same as 0).</source>
        <translation>Leer = nicht bewertet (nicht dasselbe wie 0).</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Scenario the values were computed in (%1).</source>
        <translation>Szenario, in dem die Werte berechnet wurden (%1).</translation>
    </message>
    <message>
        <source>Scenario %1 has inputs for each of its study years (%2) already in the table</source>
        <translation>Szenario %1 hat bereits Eingangsdaten für jedes seiner Studienjahre (%2) in der Tabelle</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>A study year of the scenario; each (scenario, year) once.</source>
        <translation>Ein Studienjahr des Szenarios; jede Kombination (Szenario, Jahr) nur einmal.</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Entered by hand (from an external study or tool) or computed by GridCBA&apos;s market model.</source>
        <translation>Von Hand eingegeben (aus einer externen Studie oder einem externen Werkzeug) oder vom Marktmodell von GridCBA berechnet.</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>eingegeben</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>berechnet</translation>
    </message>
    <message>
        <source>Origin must be entered or computed</source>
        <translation>Herkunft muss „eingegeben“ oder „berechnet“ sein</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Where the numbers come from (“PLEXOS run 2024-03”).</source>
        <translation>Woher die Zahlen stammen („PLEXOS-Lauf 2024-03“).</translation>
    </message>
    <message>
        <source>B1 welfare</source>
        <translation>B1 Wohlfahrt</translation>
    </message>
    <message>
        <source>B2 ΔCO2 (t/yr)</source>
        <translation>B2 ΔCO2 (t/yr)</translation>
    </message>
    <message>
        <source>B3 avoided curtailment (MWh/yr)</source>
        <translation>B3 vermiedene Abregelung (MWh/yr)</translation>
    </message>
    <message>
        <source>RES integration (B3): renewable energy no longer curtailed thanks to the project; not monetised (already in B1). </source>
        <translation>EE-Integration (B3): erneuerbare Energie, die dank des Projekts nicht mehr abgeregelt wird; nicht monetarisiert (bereits in B1). </translation>
    </message>
    <message>
        <source>B3 RES connected (MW)</source>
        <translation>B3 angeschlossene EE (MW)</translation>
    </message>
    <message>
        <source>RES integration (B3): renewable capacity connected thanks to the project; not monetised. </source>
        <translation>EE-Integration (B3): dank des Projekts angeschlossene erneuerbare Leistung; nicht monetarisiert. </translation>
    </message>
    <message>
        <source>%1 Δ%2 (t/yr)</source>
        <translation>%1 Δ%2 (t/yr)</translation>
    </message>
    <message>
        <source>B5 Δlosses (MWh/yr)</source>
        <translation>B5 ΔVerluste (MWh/yr)</translation>
    </message>
    <message>
        <source>Change of transmission losses (B5), not monetised by GridCBA. </source>
        <translation>Änderung der Übertragungsverluste (B5), von GridCBA nicht monetarisiert. </translation>
    </message>
    <message>
        <source>B5 monetised</source>
        <translation>B5 monetarisiert</translation>
    </message>
    <message>
        <source>Computed outside GridCBA as −Δlosses × hourly price. </source>
        <translation>Außerhalb von GridCBA berechnet als −ΔVerluste × Stundenpreis. </translation>
    </message>
    <message>
        <source>B6 ΔEENS (MWh/yr)</source>
        <translation>B6 ΔEENS (MWh/yr)</translation>
    </message>
    <message>
        <source>B6 ΔLOLE (h/yr)</source>
        <translation>B6 ΔLOLE (h/yr)</translation>
    </message>
    <message>
        <source>Change of the loss-of-load expectation (B6), not monetised. </source>
        <translation>Änderung der Lastunterdeckungserwartung (B6), nicht monetarisiert. </translation>
    </message>
    <message>
        <source>B9 reserve avoided (MW)</source>
        <translation>B9 vermiedene Reserve (MW)</translation>
    </message>
    <message>
        <source>Other benefits in NPV</source>
        <translation>Sonstige Nutzen im Kapitalwert</translation>
    </message>
    <message>
        <source>Total of the row&apos;s other benefits that enter the NPV (read only; edit them below the table).</source>
        <translation>Summe der sonstigen Nutzen der Zeile, die in den Kapitalwert eingehen (schreibgeschützt; bearbeiten Sie sie unterhalb der Tabelle).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What the benefit is (“Avoided renewal of the existing 220 kV line”).</source>
        <translation>Worin der Nutzen besteht („Vermiedene Erneuerung der bestehenden 220-kV-Leitung“).</translation>
    </message>
    <message>
        <source>The name of an other benefit must not be empty</source>
        <translation>Der Name eines sonstigen Nutzens darf nicht leer sein</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>In NPV</source>
        <translation>Im Kapitalwert</translation>
    </message>
    <message>
        <source>Whether the benefit enters the NPV and B/C ratio. One left out is kept in the study but appears in no result.</source>
        <translation>Ob der Nutzen in den Kapitalwert und das Nutzen-Kosten-Verhältnis eingeht. Ein ausgeschlossener Nutzen bleibt in der Studie erhalten, erscheint aber in keinem Ergebnis.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>B7 flexibility, B8.1–B8.4 stability, S1–S3 residual environmental, social and other impacts; not monetised.</source>
        <translation>B7 Flexibilität, B8.1–B8.4 Stabilität, S1–S3 verbleibende Umwelt-, soziale und sonstige Auswirkungen; nicht monetarisiert.</translation>
    </message>
    <message>
        <source>Indicator must be one of %1</source>
        <translation>Indikator muss einer der folgenden sein: %1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>“--”, “-”, “0”, “+”, “++”, or a quantity with its unit (“12 km”).</source>
        <translation>„--“, „-“, „0“, „+“, „++“ oder eine Größe mit ihrer Einheit („12 km“).</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Why the project gets this score: the studies or facts behind it.</source>
        <translation>Warum das Projekt diese Bewertung erhält: die zugrunde liegenden Studien oder Fakten.</translation>
    </message>
    <message>
        <source>Indicator inputs of %1</source>
        <translation>Indikator-Eingangsdaten von %1</translation>
    </message>
    <message>
        <source>Row %1: there is no scenario “%2” in this study</source>
        <translation>Zeile %1: In dieser Studie gibt es kein Szenario „%2“</translation>
    </message>
    <message>
        <source>Row %1: %2 is not a study year of scenario %3 (study years: %4)</source>
        <translation>Zeile %1: %2 ist kein Studienjahr von Szenario %3 (Studienjahre: %4)</translation>
    </message>
    <message>
        <source>Row %1: inputs for scenario %2, year %3 are given twice</source>
        <translation>Zeile %1: Eingangsdaten für Szenario %2, Jahr %3 sind doppelt angegeben</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Other benefits of %1 / %2</source>
        <translation>Sonstige Nutzen von %1 / %2</translation>
    </message>
    <message>
        <source>Other benefit %1</source>
        <translation>Sonstiger Nutzen %1</translation>
    </message>
    <message>
        <source>Qualitative indicators of %1</source>
        <translation>Qualitative Indikatoren von %1</translation>
    </message>
    <message>
        <source>Flexibility (B7)</source>
        <translation>Flexibilität (B7)</translation>
    </message>
    <message>
        <source>Frequency stability (B8.1)</source>
        <translation>Frequenzstabilität (B8.1)</translation>
    </message>
    <message>
        <source>Voltage stability (B8.2)</source>
        <translation>Spannungsstabilität (B8.2)</translation>
    </message>
    <message>
        <source>Transient stability (B8.3)</source>
        <translation>Transiente Stabilität (B8.3)</translation>
    </message>
    <message>
        <source>Black-start capability (B8.4)</source>
        <translation>Schwarzstartfähigkeit (B8.4)</translation>
    </message>
    <message>
        <source>Residual environmental impact (S1)</source>
        <translation>Verbleibende Umweltauswirkungen (S1)</translation>
    </message>
    <message>
        <source>Residual social impact (S2)</source>
        <translation>Verbleibende soziale Auswirkungen (S2)</translation>
    </message>
    <message>
        <source>Other impacts (S3)</source>
        <translation>Sonstige Auswirkungen (S3)</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation>%1 muss zwischen %2 und %3 liegen</translation>
    </message>
    <message>
        <source>%1 %2 needs deflator indices for %2 and for the price base year %3 (Economic parameters, Deflator)</source>
        <translation>%1 %2 erfordert Deflator-Indizes für %2 und für das Preisbasisjahr %3 (Wirtschaftliche Parameter, Deflator)</translation>
    </message>
    <message>
        <source>%1 must be 0 or more</source>
        <translation>%1 muss 0 oder größer sein</translation>
    </message>
    <message>
        <source>%1 must lie between the low (%2) and high (%3) values; change those first</source>
        <translation>%1 muss zwischen dem unteren (%2) und dem oberen Wert (%3) liegen; ändern Sie zuerst diese</translation>
    </message>
    <message>
        <source>%1 must not exceed the central value (%2)</source>
        <translation>%1 darf den zentralen Wert (%2) nicht überschreiten</translation>
    </message>
    <message>
        <source>%1 must not be below the central value (%2)</source>
        <translation>%1 darf den zentralen Wert (%2) nicht unterschreiten</translation>
    </message>
    <message>
        <source>While low and high equal the central value (no range stated), they follow it; otherwise low ≤ central ≤ high.</source>
        <translation>Solange unterer und oberer Wert gleich dem zentralen Wert sind (keine Spanne angegeben), folgen sie ihm; andernfalls gilt unterer ≤ zentraler ≤ oberer Wert.</translation>
    </message>
    <message>
        <source>Interconnector</source>
        <translation>Interkonnektor</translation>
    </message>
    <message>
        <source>Internal reinforcement</source>
        <translation>Interne Netzverstärkung</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Identifies the project in the study and in reports; unique.</source>
        <translation>Kennzeichnet das Projekt in der Studie und in Berichten; eindeutig.</translation>
    </message>
    <message>
        <source>Project id must not be empty</source>
        <translation>Projekt-ID darf nicht leer sein</translation>
    </message>
    <message>
        <source>Project id “%1” is already used</source>
        <translation>Projekt-ID „%1“ wird bereits verwendet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What the project is: assets, route, purpose.</source>
        <translation>Worin das Projekt besteht: Anlagen, Trasse, Zweck.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>The type of project.</source>
        <translation>Die Art des Projekts.</translation>
    </message>
    <message>
        <source>Kind “%1” is not a kind of project</source>
        <translation>Art „%1“ ist keine Projektart</translation>
    </message>
    <message>
        <source>Commissioning year</source>
        <translation>Inbetriebnahmejahr</translation>
    </message>
    <message>
        <source>First year of operation. The assessment period runs from the first CAPEX to commissioning year + operating years assessed − 1.</source>
        <translation>Erstes Betriebsjahr. Der Betrachtungszeitraum reicht vom Jahr der ersten CAPEX bis Inbetriebnahmejahr + bewertete Betriebsjahre − 1.</translation>
    </message>
    <message>
        <source>With commissioning in %1 the assessment period ends in %2, before the CAPEX of %3 in %4</source>
        <translation>Bei Inbetriebnahme %1 endet der Betrachtungszeitraum %2, also vor den CAPEX von %3 im Jahr %4</translation>
    </message>
    <message>
        <source>Benefit price year</source>
        <translation>Preisjahr der Nutzen</translation>
    </message>
    <message>
        <source>Year whose prices the money indicator inputs (B1, B5, other benefits) are in.</source>
        <translation>Jahr, in dessen Preisen die monetären Indikator-Eingangsdaten (B1, B5, sonstige Nutzen) angegeben sind.</translation>
    </message>
    <message>
        <source>Identifies the investment within the project; unique.</source>
        <translation>Kennzeichnet die Investition innerhalb des Projekts; eindeutig.</translation>
    </message>
    <message>
        <source>Investment id</source>
        <translation>Investitions-ID</translation>
    </message>
    <message>
        <source>Asset type</source>
        <translation>Anlagentyp</translation>
    </message>
    <message>
        <source>Free text: “HVDC cable”, “400 kV OHL”, …</source>
        <translation>Freitext: „HGÜ-Kabel“, „400-kV-Freileitung“, …</translation>
    </message>
    <message>
        <source>Technical lifetime (years)</source>
        <translation>Technische Nutzungsdauer (Jahre)</translation>
    </message>
    <message>
        <source>Technical lifetime T in years (1–200), used for the linear residual value.</source>
        <translation>Technische Nutzungsdauer T in Jahren (1–200), verwendet für den linearen Restwert.</translation>
    </message>
    <message>
        <source>Price year</source>
        <translation>Preisjahr</translation>
    </message>
    <message>
        <source>Year whose prices this investment&apos;s CAPEX, OPEX and decommissioning cost are in.</source>
        <translation>Jahr, in dessen Preisen die CAPEX, OPEX und Rückbaukosten dieser Investition angegeben sind.</translation>
    </message>
    <message>
        <source>Construction (years)</source>
        <translation>Bauzeit (Jahre)</translation>
    </message>
    <message>
        <source>Years before commissioning over which the CAPEX lump sum is spread evenly. Used only when the CAPEX phasing is empty.</source>
        <translation>Jahre vor der Inbetriebnahme, über die der CAPEX-Gesamtbetrag gleichmäßig verteilt wird. Wird nur verwendet, wenn die CAPEX-Jahresverteilung leer ist.</translation>
    </message>
    <message>
        <source>A CAPEX lump sum needs at least 1 construction year</source>
        <translation>Ein CAPEX-Gesamtbetrag erfordert mindestens 1 Baujahr</translation>
    </message>
    <message>
        <source>Phased CAPEX, central</source>
        <translation>CAPEX nach Jahresverteilung, zentral</translation>
    </message>
    <message>
        <source>Total central CAPEX of the investment&apos;s phasing (read only); empty when there is no phasing and the lump sum is used.</source>
        <translation>Zentrale CAPEX-Summe der Jahresverteilung der Investition (schreibgeschützt); leer, wenn es keine Jahresverteilung gibt und der Gesamtbetrag verwendet wird.</translation>
    </message>
    <message>
        <source>Used only when the CAPEX phasing is empty: spread evenly over the construction years before commissioning.</source>
        <translation>Wird nur verwendet, wenn die CAPEX-Jahresverteilung leer ist: gleichmäßig auf die Baujahre vor der Inbetriebnahme verteilt.</translation>
    </message>
    <message>
        <source>Lump-sum CAPEX central</source>
        <translation>CAPEX-Gesamtbetrag zentral</translation>
    </message>
    <message>
        <source>Total CAPEX, central estimate. </source>
        <translation>Gesamte CAPEX, zentrale Schätzung. </translation>
    </message>
    <message>
        <source>A CAPEX lump sum needs at least 1 construction year: set Construction (years) first</source>
        <translation>Ein CAPEX-Gesamtbetrag erfordert mindestens 1 Baujahr: Legen Sie zuerst Bauzeit (Jahre) fest</translation>
    </message>
    <message>
        <source>Lump-sum CAPEX low</source>
        <translation>CAPEX-Gesamtbetrag niedrig</translation>
    </message>
    <message>
        <source>Low end of the total CAPEX range. </source>
        <translation>Unteres Ende der Spanne der Gesamt-CAPEX. </translation>
    </message>
    <message>
        <source>Lump-sum CAPEX high</source>
        <translation>CAPEX-Gesamtbetrag hoch</translation>
    </message>
    <message>
        <source>High end of the total CAPEX range. </source>
        <translation>Oberes Ende der Spanne der Gesamt-CAPEX. </translation>
    </message>
    <message>
        <source>OPEX</source>
        <translation>OPEX</translation>
    </message>
    <message>
        <source>Operating cost per year of operation. Give OPEX either this way or as a share of CAPEX, not both.</source>
        <translation>Betriebskosten je Betriebsjahr. Geben Sie die OPEX entweder auf diese Weise oder als Anteil der CAPEX an, nicht beides.</translation>
    </message>
    <message>
        <source>Give OPEX either per year or as a share of CAPEX, not both: set OPEX (% of CAPEX per year) to 0 first</source>
        <translation>Geben Sie die OPEX entweder je Jahr oder als Anteil der CAPEX an, nicht beides: Setzen Sie zuerst OPEX (% der CAPEX pro Jahr) auf 0</translation>
    </message>
    <message>
        <source>OPEX (% of CAPEX per year)</source>
        <translation>OPEX (% der CAPEX pro Jahr)</translation>
    </message>
    <message>
        <source>Yearly OPEX as a percentage of the total CAPEX (e.g. 1.5 %). Give OPEX either this way or per year, not both.</source>
        <translation>Jährliche OPEX als Prozentsatz der Gesamt-CAPEX (z. B. 1.5 %). Geben Sie die OPEX entweder auf diese Weise oder je Jahr an, nicht beides.</translation>
    </message>
    <message>
        <source>OPEX (% of CAPEX per year) must be between 0 % and 100 %</source>
        <translation>OPEX (% der CAPEX pro Jahr) muss zwischen 0 % und 100 % liegen</translation>
    </message>
    <message>
        <source>Give OPEX either per year or as a share of CAPEX, not both: set OPEX per year to 0 first</source>
        <translation>Geben Sie die OPEX entweder je Jahr oder als Anteil der CAPEX an, nicht beides: Setzen Sie zuerst OPEX je Jahr auf 0</translation>
    </message>
    <message>
        <source>Decommissioning</source>
        <translation>Rückbau</translation>
    </message>
    <message>
        <source>Decommissioning cost, booked in the last year of the assessment period.</source>
        <translation>Rückbaukosten, gebucht im letzten Jahr des Betrachtungszeitraums.</translation>
    </message>
    <message>
        <source>Year the money is spent; each year once, not after the assessment period.</source>
        <translation>Jahr, in dem die Mittel ausgegeben werden; jedes Jahr nur einmal, nicht nach dem Betrachtungszeitraum.</translation>
    </message>
    <message>
        <source>Year %1 is already in the table</source>
        <translation>Das Jahr %1 ist bereits in der Tabelle</translation>
    </message>
    <message>
        <source>Year %1 falls after the assessment period, which ends in %2</source>
        <translation>Das Jahr %1 liegt nach dem Betrachtungszeitraum, der %2 endet</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Zentral</translation>
    </message>
    <message>
        <source>CAPEX spent in the year, central estimate. </source>
        <translation>Im Jahr anfallende CAPEX, zentrale Schätzung. </translation>
    </message>
    <message>
        <source>Central CAPEX</source>
        <translation>Zentrale CAPEX</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Low end of the year&apos;s CAPEX range.</source>
        <translation>Unteres Ende der CAPEX-Spanne des Jahres.</translation>
    </message>
    <message>
        <source>Low CAPEX</source>
        <translation>Niedrige CAPEX</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>High end of the year&apos;s CAPEX range.</source>
        <translation>Oberes Ende der CAPEX-Spanne des Jahres.</translation>
    </message>
    <message>
        <source>High CAPEX</source>
        <translation>Hohe CAPEX</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <source>A border joins two different zones, both are “%1”</source>
        <translation>Eine Grenze verbindet zwei verschiedene Zonen, beide sind „%1“</translation>
    </message>
    <message>
        <source>From zone</source>
        <translation>Von Zone</translation>
    </message>
    <message>
        <source>Bidding zone at one end of the border (“FR00”).</source>
        <translation>Gebotszone an einem Ende der Grenze („FR00“).</translation>
    </message>
    <message>
        <source>To zone</source>
        <translation>Nach Zone</translation>
    </message>
    <message>
        <source>Bidding zone at the other end (“ES00”).</source>
        <translation>Gebotszone am anderen Ende („ES00“).</translation>
    </message>
    <message>
        <source>ΔNTC from → to (MW)</source>
        <translation>ΔNTC von → nach (MW)</translation>
    </message>
    <message>
        <source>Change of net transfer capacity from the first zone to the second, in MW.</source>
        <translation>Änderung der Nettoübertragungskapazität von der ersten zur zweiten Zone, in MW.</translation>
    </message>
    <message>
        <source>ΔNTC to → from (MW)</source>
        <translation>ΔNTC nach → von (MW)</translation>
    </message>
    <message>
        <source>Change of net transfer capacity from the second zone to the first, in MW.</source>
        <translation>Änderung der Nettoübertragungskapazität von der zweiten zur ersten Zone, in MW.</translation>
    </message>
    <message>
        <source>General data of %1</source>
        <translation>Allgemeine Daten von %1</translation>
    </message>
    <message>
        <source>Investments of %1</source>
        <translation>Investitionen von %1</translation>
    </message>
    <message>
        <source>investment %1</source>
        <translation>Investition %1</translation>
    </message>
    <message>
        <source>CAPEX phasing of %1 / %2</source>
        <translation>CAPEX-Jahresverteilung von %1 / %2</translation>
    </message>
    <message>
        <source>Borders of %1</source>
        <translation>Grenzen von %1</translation>
    </message>
    <message>
        <source>Row %1: a border needs both zones (From zone, To zone)</source>
        <translation>Zeile %1: Eine Grenze benötigt beide Zonen (Von Zone, Nach Zone)</translation>
    </message>
    <message>
        <source>Row %1: a border joins two different zones (To zone)</source>
        <translation>Zeile %1: Eine Grenze verbindet zwei verschiedene Zonen (Nach Zone)</translation>
    </message>
    <message>
        <source>Cost shares of %1</source>
        <translation>Kostenanteile von %1</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Anteil (%)</translation>
    </message>
    <message>
        <source>Share of the project&apos;s CAPEX and OPEX this country bears, 0–100 %. The shares sum to 100 %.</source>
        <translation>Anteil an den CAPEX und OPEX des Projekts, den dieses Land trägt, 0–100 %. Die Anteile ergeben in Summe 100 %.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Two-letter country code (“FR”).</source>
        <translation>Zweibuchstabiger Ländercode („FR“).</translation>
    </message>
    <message>
        <source>Row %1 of %2 no longer exists</source>
        <translation>Zeile %1 von %2 existiert nicht mehr</translation>
    </message>
    <message>
        <source>Share must be between 0 % and 100 %</source>
        <translation>Anteil muss zwischen 0 % und 100 % liegen</translation>
    </message>
    <message>
        <source>Country must be a two-letter code such as FR, got “%1”</source>
        <translation>Land muss ein Code aus zwei Buchstaben wie FR sein, erhalten: „%1“</translation>
    </message>
    <message>
        <source>Country %1 already has a share</source>
        <translation>Land %1 hat bereits einen Anteil</translation>
    </message>
    <message>
        <source>There is no column %1</source>
        <translation>Es gibt keine Spalte %1</translation>
    </message>
    <message>
        <source>Row %1: Country is not given yet (a two-letter code)</source>
        <translation>Zeile %1: Land ist noch nicht angegeben (ein Code aus zwei Buchstaben)</translation>
    </message>
    <message>
        <source>The cost shares sum to %1 %, not 100 %</source>
        <translation>Die Kostenanteile ergeben in Summe %1 %, nicht 100 %</translation>
    </message>
    <message>
        <source>%1 is computed and cannot be edited</source>
        <translation>%1 wird berechnet und kann nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 benötigt einen Wert</translation>
    </message>
    <message>
        <source>%1 must be a finite number</source>
        <translation>%1 muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>/yr</source>
        <translation>/yr</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>%1 “%2” is already used</source>
        <translation>%1 „%2“ wird bereits verwendet</translation>
    </message>
    <message>
        <source>Computed by GridCBA&apos;s market model (%1). Running the model again replaces B1–B6 of this row.</source>
        <translation>Vom Marktmodell von GridCBA berechnet (%1). Eine erneute Berechnung des Modells ersetzt B1–B6 dieser Zeile.</translation>
    </message>
    <message>
        <source>no source recorded</source>
        <translation>keine Quelle erfasst</translation>
    </message>
    <message>
        <source>The project&apos;s full name, shown in the navigator, the charts and the report.</source>
        <translation>Der vollständige Name des Projekts, angezeigt im Navigator, in den Diagrammen und im Bericht.</translation>
    </message>
    <message>
        <source>In reference grid from study year</source>
        <translation>Im Referenznetz ab Studienjahr</translation>
    </message>
    <message>
        <source>First study year whose reference grid already holds the project: the market model assesses it by taking it out (TOOT) in that and later study years, and by putting it in (PINT) before. Empty: PINT in every study year.</source>
        <translation>Erstes Studienjahr, dessen Referenznetz das Projekt bereits enthält: Das Marktmodell bewertet es in diesem und späteren Studienjahren durch Herausnehmen (TOOT) und davor durch Hinzufügen (PINT). Leer: PINT in allen Studienjahren.</translation>
    </message>
    <message>
        <source>What the investment is, e.g. “Converter stations” or “HVDC cable, 400 km”; shown in the report&apos;s cost tables.</source>
        <translation>Worin die Investition besteht, z. B. „Konverterstationen“ oder „HGÜ-Kabel, 400 km“; wird in den Kostentabellen des Berichts angezeigt.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ProjectPage</name>
    <message>
        <source>Interconnector</source>
        <translation>Interkonnektor</translation>
    </message>
    <message>
        <source>Internal reinforcement</source>
        <translation>Interne Netzverstärkung</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Other project</source>
        <translation>Sonstiges Projekt</translation>
    </message>
    <message>
        <source>Economic results</source>
        <translation>Wirtschaftliche Ergebnisse</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Investments and CAPEX</source>
        <translation>Investitionen und CAPEX</translation>
    </message>
    <message>
        <source>Borders and cost shares</source>
        <translation>Grenzen und Kostenanteile</translation>
    </message>
    <message>
        <source>Indicator inputs</source>
        <translation>Indikator-Eingangsdaten</translation>
    </message>
    <message>
        <source>Qualitative indicators</source>
        <translation>Qualitative Indikatoren</translation>
    </message>
    <message>
        <source>This project is no longer in the study. Choose a project in the list on the left.</source>
        <translation>Dieses Projekt ist nicht mehr in der Studie enthalten. Wählen Sie links in der Liste ein Projekt aus.</translation>
    </message>
    <message>
        <source>Investments</source>
        <translation>Investitionen</translation>
    </message>
    <message>
        <source>Transfer capacity added per border</source>
        <translation>Hinzugefügte Übertragungskapazität je Grenze</translation>
    </message>
    <message>
        <source>Cost shares</source>
        <translation>Kostenanteile</translation>
    </message>
    <message>
        <source>Share of the project&apos;s costs each country bears.</source>
        <translation>Anteil an den Projektkosten, den jedes Land trägt.</translation>
    </message>
    <message>
        <source>One row per scenario and study year, already combined over climate years. An empty cell means “not assessed”. Hover a column header for the meaning and sign of its indicator.</source>
        <translation>Eine Zeile je Szenario und Studienjahr, bereits über die Klimajahre zusammengefasst. Eine leere Zelle bedeutet „nicht bewertet“. Fahren Sie mit der Maus über eine Spaltenüberschrift, um Bedeutung und Vorzeichen des jeweiligen Indikators zu sehen.</translation>
    </message>
    <message>
        <source>Indicators that are not monetised: B7 flexibility, B8 stability, S1–S3 residual impacts. They are reported beside the NPV, never added to it.</source>
        <translation>Nicht monetarisierte Indikatoren: B7 Flexibilität, B8 Stabilität, S1–S3 verbleibende Auswirkungen. Sie werden neben dem Kapitalwert ausgewiesen, aber nie zu ihm addiert.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>%1 · commissioning %2 · indicator inputs in € of %3 prices</source>
        <translation>%1 · Inbetriebnahme %2 · Indikator-Eingangsdaten in € zu Preisen von %3</translation>
    </message>
    <message>
        <source>CAPEX phasing</source>
        <translation>CAPEX-Jahresverteilung</translation>
    </message>
    <message>
        <source>The project has no investment yet: add one above.</source>
        <translation>Das Projekt hat noch keine Investition: Fügen Sie oben eine hinzu.</translation>
    </message>
    <message>
        <source>No investment</source>
        <translation>Keine Investition</translation>
    </message>
    <message>
        <source>CAPEX phasing of %1 (%2 of %3 prices)</source>
        <translation>CAPEX-Jahresverteilung von %1 (%2 zu Preisen von %3)</translation>
    </message>
    <message>
        <source>The phasing is used instead of the lump sum in the investments table.</source>
        <translation>Die Jahresverteilung wird anstelle des Gesamtbetrags in der Investitionstabelle verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>No phasing: the lump sum is spread evenly over the %n construction year(s) before commissioning. Add rows here to phase it yourself.</source>
        <translation>
            <numerusform>Keine Jahresverteilung: Der Gesamtbetrag wird gleichmäßig auf %n Baujahr vor der Inbetriebnahme verteilt. Fügen Sie hier Zeilen hinzu, um ihn selbst zu verteilen.</numerusform>
            <numerusform>Keine Jahresverteilung: Der Gesamtbetrag wird gleichmäßig auf die %n Baujahre vor der Inbetriebnahme verteilt. Fügen Sie hier Zeilen hinzu, um ihn selbst zu verteilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No phasing yet: add a row per year here, or give a lump sum and its construction years in the investments table.</source>
        <translation>Noch keine Jahresverteilung: Fügen Sie hier eine Zeile je Jahr hinzu oder geben Sie in der Investitionstabelle einen Gesamtbetrag und dessen Baujahre an.</translation>
    </message>
    <message>
        <source>Other benefits</source>
        <translation>Sonstige Nutzen</translation>
    </message>
    <message>
        <source>Other benefits of the selected row: scenario %1, %2</source>
        <translation>Sonstige Nutzen der ausgewählten Zeile: Szenario %1, %2</translation>
    </message>
    <message>
        <source>Results are being updated…</source>
        <translation>Ergebnisse werden aktualisiert …</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::RecordForm</name>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>GridCBA did not close normally last time. These studies had changes that were not saved; an autosaved copy of each is kept. Restore one to continue where you left off, then save it.</source>
        <translation>GridCBA wurde beim letzten Mal nicht ordnungsgemäß beendet. Diese Studien enthielten nicht gespeicherte Änderungen; von jeder wird eine automatisch gesicherte Kopie aufbewahrt. Stellen Sie eine davon wieder her, um dort weiterzuarbeiten, wo Sie aufgehört haben, und speichern Sie sie anschließend.</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>Original file</source>
        <translation>Ursprüngliche Datei</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>Automatisch gesichert</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Open the selected study with its autosaved changes</source>
        <translation>Ausgewählte Studie mit ihren automatisch gesicherten Änderungen öffnen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Delete the autosaved copy of the selected study</source>
        <translation>Automatisch gesicherte Kopie der ausgewählten Studie löschen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Keep every autosaved copy and ask again at the next start</source>
        <translation>Alle automatisch gesicherten Kopien behalten und beim nächsten Start erneut fragen</translation>
    </message>
    <message>
        <source>(never saved)</source>
        <translation>(nie gespeichert)</translation>
    </message>
    <message>
        <source>(the sample study)</source>
        <translation>(die Beispielstudie)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>The autosaved copy could not be deleted: %1</source>
        <translation>Die automatisch gesicherte Kopie konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ReportActions</name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau …</translation>
    </message>
    <message>
        <source>Preview and print the CBA report of a project or of the study</source>
        <translation>CBA-Bericht eines Projekts oder der Studie in der Vorschau anzeigen und drucken</translation>
    </message>
    <message>
        <source>Export &amp;Report (PDF)…</source>
        <translation>&amp;Bericht exportieren (PDF) …</translation>
    </message>
    <message>
        <source>Write the CBA report of a project or of the study as a PDF</source>
        <translation>CBA-Bericht eines Projekts oder der Studie als PDF speichern</translation>
    </message>
    <message>
        <source>Export &amp;Tables (CSV/XLSX)…</source>
        <translation>&amp;Tabellen exportieren (CSV/XLSX) …</translation>
    </message>
    <message>
        <source>Write every results table, with the yearly cash flows, for a spreadsheet</source>
        <translation>Alle Ergebnistabellen mit den jährlichen Zahlungsströmen für eine Tabellenkalkulation ausgeben</translation>
    </message>
    <message>
        <source> (bundled sample)</source>
        <translation> (mitgelieferte Beispielstudie)</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>Druckvorschau — %1</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>-report</source>
        <translation>-Bericht</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files, one per table, in a new folder (*)</source>
        <translation>CSV-Dateien, eine je Tabelle, in einem neuen Ordner (*)</translation>
    </message>
    <message>
        <source>Export Tables</source>
        <translation>Tabellen exportieren</translation>
    </message>
    <message>
        <source>-tables</source>
        <translation>-Tabellen</translation>
    </message>
    <message>
        <source>Tables written to %1</source>
        <translation>Tabellen gespeichert unter %1</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ReportOptionsDialog</name>
    <message numerus="yes">
        <source>The whole study (%n project(s))</source>
        <translation>
            <numerusform>Die gesamte Studie (%n Projekt)</numerusform>
            <numerusform>Die gesamte Studie (%n Projekte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Project %1 – %2</source>
        <translation>Projekt %1 – %2</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US Letter (8.5 × 11 Zoll)</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ResultsModel</name>
    <message>
        <source>Headline benefits (in NPV)</source>
        <translation>Hauptnutzen (im Kapitalwert)</translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation>Restwert</translation>
    </message>
    <message>
        <source>CAPEX</source>
        <translation>CAPEX</translation>
    </message>
    <message>
        <source>OPEX</source>
        <translation>OPEX</translation>
    </message>
    <message>
        <source>Decommissioning</source>
        <translation>Rückbau</translation>
    </message>
    <message>
        <source>Net present value (NPV)</source>
        <translation>Kapitalwert (NPV)</translation>
    </message>
    <message>
        <source>Benefit/cost ratio (B/C)</source>
        <translation>Nutzen-Kosten-Verhältnis (B/C)</translation>
    </message>
    <message>
        <source>Economic IRR</source>
        <translation>Volkswirtschaftlicher interner Zinsfuß</translation>
    </message>
    <message>
        <source>Present value of B1, B2, B5, B6, B9 and other benefits; B4 is not included.</source>
        <translation>Barwert von B1, B2, B5, B6, B9 und sonstigen Nutzen; B4 ist nicht enthalten.</translation>
    </message>
    <message>
        <source>Value of the assets left at the end of the assessment period, counted as a benefit.</source>
        <translation>Wert der am Ende des Betrachtungszeitraums verbleibenden Anlagen, als Nutzen angerechnet.</translation>
    </message>
    <message>
        <source>Present value of the investment costs.</source>
        <translation>Barwert der Investitionskosten.</translation>
    </message>
    <message>
        <source>Present value of the operation and maintenance costs.</source>
        <translation>Barwert der Betriebs- und Wartungskosten.</translation>
    </message>
    <message>
        <source>Present value of the decommissioning costs.</source>
        <translation>Barwert der Rückbaukosten.</translation>
    </message>
    <message>
        <source>Benefits in NPV plus residual value minus CAPEX, OPEX and decommissioning, all discounted.</source>
        <translation>Nutzen im Kapitalwert zuzüglich Restwert abzüglich CAPEX, OPEX und Rückbau, alles diskontiert.</translation>
    </message>
    <message>
        <source>Present value of benefits divided by present value of costs, as defined in the study&apos;s economic parameters.</source>
        <translation>Barwert der Nutzen geteilt durch Barwert der Kosten, wie in den wirtschaftlichen Parametern der Studie definiert.</translation>
    </message>
    <message>
        <source>Discount rate at which the NPV is zero.</source>
        <translation>Diskontierungssatz, bei dem der Kapitalwert null ist.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>several</source>
        <translation>mehrere</translation>
    </message>
    <message>
        <source>No ratio: the present value of the costs is zero.</source>
        <translation>Kein Verhältnis: Der Barwert der Kosten ist null.</translation>
    </message>
    <message>
        <source>No IRR: the yearly net cash flow never changes sign.</source>
        <translation>Kein interner Zinsfuß: Der jährliche Netto-Zahlungsstrom wechselt nie das Vorzeichen.</translation>
    </message>
    <message>
        <source>No single IRR: the NPV is zero at several discount rates (%1).</source>
        <translation>Kein eindeutiger interner Zinsfuß: Der Kapitalwert ist bei mehreren Diskontierungssätzen null (%1).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ResultsPanel</name>
    <message>
        <source>NPV at the ends of the uncertainty ranges (M€)</source>
        <translation>Kapitalwert an den Enden der Unsicherheitsbereiche (M€)</translation>
    </message>
    <message>
        <source>The project could not be evaluated:
%1</source>
        <translation>Das Projekt konnte nicht bewertet werden:
%1</translation>
    </message>
    <message>
        <source>No scenario has indicator inputs for project %1, so there is nothing to evaluate yet.</source>
        <translation>Kein Szenario hat Indikator-Eingangsdaten für Projekt %1, daher gibt es noch nichts zu bewerten.</translation>
    </message>
    <message>
        <source>Present values in M€ of %1 prices, discounted at %2 to %3, over the assessment period %4–%5.</source>
        <translation>Barwerte in M€ zu Preisen von %1, diskontiert mit %2 auf %3, über den Betrachtungszeitraum %4–%5.</translation>
    </message>
    <message>
        <source>Societal cost of carbon low</source>
        <translation>Gesellschaftliche CO2-Kosten niedrig</translation>
    </message>
    <message>
        <source>Societal cost of carbon high</source>
        <translation>Gesellschaftliche CO2-Kosten hoch</translation>
    </message>
    <message>
        <source>CAPEX low</source>
        <translation>CAPEX niedrig</translation>
    </message>
    <message>
        <source>CAPEX high</source>
        <translation>CAPEX hoch</translation>
    </message>
    <message>
        <source>NPV with</source>
        <translation>Kapitalwert mit</translation>
    </message>
    <message>
        <source>NPV over scenarios: %1 to %2 M€</source>
        <translation>Kapitalwert über die Szenarien: %1 bis %2 M€</translation>
    </message>
    <message>
        <source>B/C over scenarios: %1 to %2</source>
        <translation>B/C über die Szenarien: %1 bis %2</translation>
    </message>
    <message>
        <source>Not assessed (no indicator inputs): %1.</source>
        <translation>Nicht bewertet (keine Indikator-Eingangsdaten): %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::RunActions</name>
    <message>
        <source>no scenario with indicator inputs</source>
        <translation>kein Szenario mit Indikator-Eingangsdaten</translation>
    </message>
    <message>
        <source>NPV %1 M€, B/C %2 (%3)</source>
        <translation>Kapitalwert %1 M€, B/C %2 (%3)</translation>
    </message>
    <message>
        <source>; not assessed: %1</source>
        <translation>; nicht bewertet: %1</translation>
    </message>
    <message>
        <source>&amp;Evaluate Study</source>
        <translation>Studie &amp;bewerten</translation>
    </message>
    <message>
        <source>Compute NPV, B/C and IRR of every project in every scenario, and log the results</source>
        <translation>Kapitalwert, B/C und internen Zinsfuß jedes Projekts in jedem Szenario berechnen und die Ergebnisse protokollieren</translation>
    </message>
    <message>
        <source>Opened “%1” (%2): %3 scenario(s), %4 project(s)</source>
        <translation>„%1“ (%2) geöffnet: %3 Szenario(en), %4 Projekt(e)</translation>
    </message>
    <message numerus="yes">
        <source>Evaluating %n project(s)…</source>
        <translation>
            <numerusform>%n Projekt wird bewertet …</numerusform>
            <numerusform>%n Projekte werden bewertet …</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Evaluate Study</source>
        <translation>Studie bewerten</translation>
    </message>
    <message>
        <source>Evaluation started</source>
        <translation>Bewertung gestartet</translation>
    </message>
    <message>
        <source>Evaluation cancelled after %1 of %2 project(s); the results shown are those of the previous inputs</source>
        <translation>Bewertung nach %1 von %2 Projekt(en) abgebrochen; die angezeigten Ergebnisse sind die der vorherigen Eingaben</translation>
    </message>
    <message numerus="yes">
        <source>Evaluated %n project(s) in %1 ms</source>
        <translation>
            <numerusform>%n Projekt in %1 ms bewertet</numerusform>
            <numerusform>%n Projekte in %1 ms bewertet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be evaluated: %2</source>
        <translation>%1 kann nicht bewertet werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::RunHistoryView</name>
    <message>
        <source>Re-run</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Select a run to re-open its stored results, two to compare them</source>
        <translation>Wählen Sie einen Lauf aus, um seine gespeicherten Ergebnisse erneut zu öffnen, oder zwei, um sie zu vergleichen</translation>
    </message>
    <message>
        <source>Run the stored definition again (same seed) and check that the numbers are identical; the history is not changed</source>
        <translation>Die gespeicherte Definition erneut ausführen (gleicher Startwert) und prüfen, ob die Zahlen identisch sind; die Laufhistorie wird nicht geändert</translation>
    </message>
    <message>
        <source>Delete the selected runs from the study</source>
        <translation>Ausgewählte Läufe aus der Studie löschen</translation>
    </message>
    <message>
        <source>Comparison of the two selected runs</source>
        <translation>Vergleich der beiden ausgewählten Läufe</translation>
    </message>
    <message>
        <source>No sensitivity run is stored for this project yet. Runs of the Sweep and Monte Carlo tabs are added here.</source>
        <translation>Für dieses Projekt ist noch kein Sensitivitätslauf gespeichert. Läufe der Registerkarten Parametervariation und Monte-Carlo werden hier hinzugefügt.</translation>
    </message>
    <message>
        <source>Select a run to re-open its stored results, or two to compare them.</source>
        <translation>Wählen Sie einen Lauf aus, um seine gespeicherten Ergebnisse erneut zu öffnen, oder zwei, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Select one run to see it or two to compare them.</source>
        <translation>Wählen Sie einen Lauf aus, um ihn anzuzeigen, oder zwei, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Stored results of “%1” (%2, run on %3), read from the study.</source>
        <extracomment>%1 run name, %2 software version, %3 date</extracomment>
        <translation>Gespeicherte Ergebnisse von „%1“ (%2, ausgeführt am %3), aus der Studie gelesen.</translation>
    </message>
    <message>
        <source>unknown kind of run &apos;%1&apos;</source>
        <translation>unbekannte Laufart „%1“</translation>
    </message>
    <message>
        <source>The stored results of “%1” cannot be read: %2</source>
        <translation>Die gespeicherten Ergebnisse von „%1“ können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The runs cannot be compared: %1</source>
        <translation>Die Läufe können nicht verglichen werden: %1</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::SCurveChart</name>
    <message>
        <source>S-curve of NPV</source>
        <translation>S-Kurve des Kapitalwerts</translation>
    </message>
    <message>
        <source>Probability that NPV ≤ x (%)</source>
        <translation>Wahrscheinlichkeit, dass Kapitalwert ≤ x (%)</translation>
    </message>
    <message>
        <source>Run a Monte Carlo analysis to see the S-curve.</source>
        <translation>Führen Sie eine Monte-Carlo-Analyse aus, um die S-Kurve zu sehen.</translation>
    </message>
    <message>
        <source>x = net present value (M€ of %1)</source>
        <translation>x = Kapitalwert (M€ zu Preisen von %1)</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ScenarioEditing</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ScenarioInfoAdapter</name>
    <message>
        <source>Scenario %1</source>
        <translation>Szenario %1</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Short unique code of the scenario (&quot;NT&quot;). The projects&apos; indicator inputs refer to it: renaming it renames them too.</source>
        <translation>Kurzer eindeutiger Code des Szenarios („NT“). Die Indikator-Eingangsdaten der Projekte beziehen sich darauf: Eine Umbenennung benennt sie ebenfalls um.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The scenario&apos;s name in tables, charts and the report.</source>
        <translation>Der Name des Szenarios in Tabellen, Diagrammen und im Bericht.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What the scenario assumes (storyline, source).</source>
        <translation>Was das Szenario annimmt (Storyline, Quelle).</translation>
    </message>
    <message>
        <source>Price year</source>
        <translation>Preisjahr</translation>
    </message>
    <message>
        <source>Year of the prices of this scenario&apos;s money values (CO2 prices, SCC, VOLL, reserve cost, damage costs, fuel prices); they are converted to the price base year with the deflator.</source>
        <translation>Jahr der Preise, in denen die Geldwerte dieses Szenarios angegeben sind (CO2-Preise, SCC, VOLL, Reservekosten, Schadenskosten, Brennstoffpreise); sie werden mit dem Deflator auf das Preisbasisjahr umgerechnet.</translation>
    </message>
    <message>
        <source>The scenario no longer exists</source>
        <translation>Das Szenario existiert nicht mehr</translation>
    </message>
    <message>
        <source>Id must not be empty</source>
        <translation>ID darf nicht leer sein</translation>
    </message>
    <message>
        <source>Id “%1” is already used by another scenario</source>
        <translation>ID „%1“ wird bereits von einem anderen Szenario verwendet</translation>
    </message>
    <message>
        <source>Name must not be empty</source>
        <translation>Name darf nicht leer sein</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ScenarioPage</name>
    <message>
        <source>Parameters that value the indicators in each study year, in euros of the scenario&apos;s price year. Between study years they are interpolated linearly.</source>
        <translation>Parameter, mit denen die Indikatoren in jedem Studienjahr bewertet werden, in Euro des Preisjahres des Szenarios. Zwischen den Studienjahren werden sie linear interpoliert.</translation>
    </message>
    <message>
        <source>Study years</source>
        <translation>Studienjahre</translation>
    </message>
    <message>
        <source>Weather years simulated by the market studies and their weights, which sum to 100 %.</source>
        <translation>Von den Marktstudien simulierte Wetterjahre und ihre Gewichte, die in Summe 100 % ergeben.</translation>
    </message>
    <message>
        <source>Climate years</source>
        <translation>Klimajahre</translation>
    </message>
    <message>
        <source>Damage cost per tonne of each pollutant of B4 (€/t) per study year. An empty cell: the pollutant is not monetised. The rows follow the study years.</source>
        <translation>Schadenskosten je Tonne jedes Schadstoffs von B4 (€/t) je Studienjahr. Eine leere Zelle: Der Schadstoff wird nicht monetarisiert. Die Zeilen folgen den Studienjahren.</translation>
    </message>
    <message>
        <source>Damage costs</source>
        <translation>Schadenskosten</translation>
    </message>
    <message>
        <source>Fuel prices per study year for the market model (€/MWh of fuel), sorted by fuel. The evaluation does not use them.</source>
        <translation>Brennstoffpreise je Studienjahr für das Marktmodell (€/MWh Brennstoff), nach Brennstoff sortiert. Die Bewertung verwendet sie nicht.</translation>
    </message>
    <message>
        <source>Fuel prices</source>
        <translation>Brennstoffpreise</translation>
    </message>
    <message>
        <source>This scenario no longer exists.</source>
        <translation>Dieses Szenario existiert nicht mehr.</translation>
    </message>
    <message>
        <source>No study is open.</source>
        <translation>Es ist keine Studie geöffnet.</translation>
    </message>
    <message>
        <source>Scenario %1: %2</source>
        <translation>Szenario %1: %2</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::SensitivityActions</name>
    <message>
        <source>Sweep %1</source>
        <translation>Parametervariation %1</translation>
    </message>
    <message>
        <source>Monte Carlo %1</source>
        <translation>Monte-Carlo %1</translation>
    </message>
    <message>
        <source>Nothing to Sweep</source>
        <translation>Nichts zu variieren</translation>
    </message>
    <message>
        <source>Check at least one input to sweep.</source>
        <translation>Aktivieren Sie mindestens eine Eingangsgröße für die Parametervariation.</translation>
    </message>
    <message>
        <source>Sweep Failed</source>
        <translation>Parametervariation fehlgeschlagen</translation>
    </message>
    <message>
        <source>The sweep could not be run: %1</source>
        <translation>Die Parametervariation konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>“%1”: %2 inputs in %3 scenarios, %4 evaluations in %5 ms. Stored in the run history.</source>
        <extracomment>%1 run name, %2 inputs, %3 scenarios, %4 evaluations, %5 milliseconds</extracomment>
        <translation>„%1“: %2 Eingangsgrößen in %3 Szenarien, %4 Auswertungen in %5 ms. In der Laufhistorie gespeichert.</translation>
    </message>
    <message>
        <source>Nothing to Sample</source>
        <translation>Nichts zu simulieren</translation>
    </message>
    <message>
        <source>Check at least one input to sample.</source>
        <translation>Aktivieren Sie mindestens eine Eingangsgröße für die Stichprobenziehung.</translation>
    </message>
    <message>
        <source>Sampling %1 draws of the project&apos;s NPV…</source>
        <translation>%1 Ziehungen des Kapitalwerts des Projekts werden erzeugt …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation>Monte-Carlo</translation>
    </message>
    <message>
        <source>Monte Carlo cancelled; nothing was stored.</source>
        <translation>Monte-Carlo abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Monte Carlo Failed</source>
        <translation>Monte-Carlo fehlgeschlagen</translation>
    </message>
    <message>
        <source>The Monte Carlo analysis could not be run: %1</source>
        <translation>Die Monte-Carlo-Analyse konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>“%1”: %2 samples of %3 inputs (seed %4) in %5 s. Stored in the run history.</source>
        <extracomment>%1 run name, %2 samples, %3 inputs, %4 seed, %5 seconds</extracomment>
        <translation>„%1“: %2 Stichproben von %3 Eingangsgrößen (Startwert %4) in %5 s. In der Laufhistorie gespeichert.</translation>
    </message>
    <message>
        <source>%1 draws were moved into their input&apos;s valid domain.</source>
        <translation>%1 Ziehungen wurden in den gültigen Wertebereich ihrer Eingangsgröße verschoben.</translation>
    </message>
    <message>
        <source>Delete the run “%1” from the study?</source>
        <translation>Lauf „%1“ aus der Studie löschen?</translation>
    </message>
    <message>
        <source>Delete the %1 selected runs from the study?</source>
        <translation>Die %1 ausgewählten Läufe aus der Studie löschen?</translation>
    </message>
    <message>
        <source>Delete Runs</source>
        <translation>Läufe löschen</translation>
    </message>
    <message>
        <source>Their stored results are removed; the change is kept when the study is saved.</source>
        <translation>Ihre gespeicherten Ergebnisse werden entfernt; die Änderung bleibt erhalten, wenn die Studie gespeichert wird.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1 run(s) deleted from the study.</source>
        <translation>%1 Lauf/Läufe aus der Studie gelöscht.</translation>
    </message>
    <message>
        <source>Re-run Failed</source>
        <translation>Erneute Ausführung fehlgeschlagen</translation>
    </message>
    <message>
        <source>“%1” could not be re-run: %2</source>
        <translation>„%1“ konnte nicht erneut ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>Re-run of “%1”: identical numbers to the stored results.</source>
        <translation>Erneute Ausführung von „%1“: Zahlen identisch mit den gespeicherten Ergebnissen.</translation>
    </message>
    <message>
        <source>Re-run of “%1”: the numbers differ from the stored results (the study&apos;s inputs or the software changed since it was run).</source>
        <translation>Erneute Ausführung von „%1“: Die Zahlen weichen von den gespeicherten Ergebnissen ab (die Eingangsdaten der Studie oder die Software haben sich seit dem Lauf geändert).</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::SensitivityPage</name>
    <message>
        <source>Sweep definition</source>
        <translation>Definition der Parametervariation</translation>
    </message>
    <message>
        <source>Monte Carlo definition</source>
        <translation>Monte-Carlo-Definition</translation>
    </message>
    <message>
        <source>One-at-a-time sweep</source>
        <translation>Einzelparametervariation</translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation>Monte-Carlo</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Laufhistorie</translation>
    </message>
    <message>
        <source>Move one input at a time over its range: tornado, switching values and commissioning year</source>
        <translation>Jeweils eine Eingangsgröße über ihre Spanne variieren: Tornado, kritische Werte und Inbetriebnahmejahr</translation>
    </message>
    <message>
        <source>Draw the inputs from distributions: P10/P50/P90 of NPV and the probability that NPV &gt; 0</source>
        <translation>Eingangsgrößen aus Verteilungen ziehen: P10/P50/P90 des Kapitalwerts und Wahrscheinlichkeit, dass Kapitalwert &gt; 0</translation>
    </message>
    <message>
        <source>The runs stored in the study: re-open, compare, re-run or delete them</source>
        <translation>Die in der Studie gespeicherten Läufe: erneut öffnen, vergleichen, erneut ausführen oder löschen</translation>
    </message>
    <message>
        <source>No sweep run yet in this session. Stored runs are in the Run history tab.</source>
        <translation>In dieser Sitzung wurde noch keine Parametervariation ausgeführt. Gespeicherte Läufe finden Sie auf der Registerkarte Laufhistorie.</translation>
    </message>
    <message>
        <source>No Monte Carlo analysis run yet in this session. Stored runs are in the Run history tab.</source>
        <translation>In dieser Sitzung wurde noch keine Monte-Carlo-Analyse ausgeführt. Gespeicherte Läufe finden Sie auf der Registerkarte Laufhistorie.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::SettingsDialog</name>
    <message>
        <source>euros</source>
        <translation>Euro</translation>
    </message>
    <message>
        <source>thousand euros</source>
        <translation>Tausend Euro</translation>
    </message>
    <message>
        <source>million euros</source>
        <translation>Millionen Euro</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>The number format of the desktop&apos;s language settings.</extracomment>
        <translation>System</translation>
    </message>
    <message>
        <source>English (C)</source>
        <translation>Englisch (C)</translation>
    </message>
    <message>
        <source>Example: %1 and %2 %</source>
        <translation>Beispiel: %1 und %2 %</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <extracomment>%1 is the name of the language the desktop&apos;s settings lead to, e.g. &quot;Deutsch&quot;.</extracomment>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>GridCBA will use %1 when it is started again.</source>
        <translation>GridCBA verwendet %1 nach dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::StudyDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Store analysis “%1”</source>
        <translation>Analyse „%1“ speichern</translation>
    </message>
    <message>
        <source>Delete analysis “%1”</source>
        <translation>Analyse „%1“ löschen</translation>
    </message>
    <message>
        <source>Rename analysis to “%1”</source>
        <translation>Analyse in „%1“ umbenennen</translation>
    </message>
    <message>
        <source>%1: the study is open read-only, so it is not saved over. %2
Use Save As to save a copy under another name.</source>
        <extracomment>%1 file name, %2 why the study is read-only</extracomment>
        <translation>%1: Die Studie ist schreibgeschützt geöffnet und wird daher nicht überschrieben. %2
Verwenden Sie Speichern unter, um eine Kopie unter einem anderen Namen zu speichern.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::StudyInfoAdapter</name>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The study&apos;s name, shown in the title bar and on the report&apos;s cover.</source>
        <translation>Der Name der Studie, angezeigt in der Titelleiste und auf dem Deckblatt des Berichts.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What the study assesses and for whom; printed in the report.</source>
        <translation>Was die Studie bewertet und für wen; wird im Bericht gedruckt.</translation>
    </message>
    <message>
        <source>The study has a single record</source>
        <translation>Die Studie hat nur einen einzigen Datensatz</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::StudyNavigator</name>
    <message>
        <source>Economic parameters</source>
        <translation>Wirtschaftliche Parameter</translation>
    </message>
    <message>
        <source>Name of the study, price base year, discount rate, assessment period and deflator</source>
        <translation>Name der Studie, Preisbasisjahr, Diskontierungssatz, Betrachtungszeitraum und Deflator</translation>
    </message>
    <message>
        <source>Results dashboard</source>
        <translation>Ergebnisübersicht</translation>
    </message>
    <message>
        <source>Charts of the results: benefits against costs, NPV and B/C per scenario, cash flows, cost bearers</source>
        <translation>Diagramme der Ergebnisse: Nutzen gegenüber Kosten, Kapitalwert und B/C je Szenario, Zahlungsströme, Kostenträger</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>%1 (%2): study years and their parameters</source>
        <translation>%1 (%2): Studienjahre und ihre Parameter</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Market model</source>
        <translation>Marktmodell</translation>
    </message>
    <message>
        <source>Power systems</source>
        <translation>Stromsysteme</translation>
    </message>
    <message>
        <source>Zones, borders and plant per scenario and study year, which the market model dispatches to compute B1–B6</source>
        <translation>Zonen, Grenzen und Anlagen je Szenario und Studienjahr, die das Marktmodell zur Berechnung von B1–B6 einsetzt</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Hourly demand, renewable, inflow and NTC profiles per climate year</source>
        <translation>Stündliche Profile für Last, erneuerbare Energien, Zufluss und NTC je Klimajahr</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Hurdle cost, adequacy Monte Carlo years and seed, solver tolerances</source>
        <translation>Hürdenkosten, Monte-Carlo-Jahre und Startwert für die Versorgungssicherheit, Solver-Toleranzen</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::StudyTableModel</name>
    <message>
        <source>Edit %1 in %2</source>
        <extracomment>%1 column header, %2 table title</extracomment>
        <translation>%1 in %2 bearbeiten</translation>
    </message>
    <message>
        <source>Add row to %1</source>
        <translation>Zeile zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove row from %1</source>
        <translation>Zeile aus %1 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n rows from %1</source>
        <translation>
            <numerusform>%n Zeile aus %1 entfernen</numerusform>
            <numerusform>%n Zeilen aus %1 entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1, %2</source>
        <translation>Zeile %1, %2</translation>
    </message>
    <message>
        <source>Paste into %1</source>
        <translation>In %1 einfügen</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::StudyYearsAdapter</name>
    <message>
        <source>Study years of %1</source>
        <translation>Studienjahre von %1</translation>
    </message>
    <message>
        <source>Societal cost of carbon, %1 level, valuing B2 beyond the market CO2 price; low ≤ central ≤ high. TYNDP 2024: 126 / 238 / 315 €/t in 2030, 339 / 628 / 662 €/t in 2040.</source>
        <translation>Gesellschaftliche CO2-Kosten, Variante: %1, zur Bewertung von B2 über den Markt-CO2-Preis hinaus; niedrig ≤ zentral ≤ hoch. TYNDP 2024: 126 / 238 / 315 €/t für 2030, 339 / 628 / 662 €/t für 2040.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>A year the market studies simulate. Benefits are interpolated linearly between study years and held after the last. Changing a year moves the projects&apos; indicator inputs for it along.</source>
        <translation>Ein Jahr, das die Marktstudien simulieren. Nutzen werden zwischen Studienjahren linear interpoliert und nach dem letzten konstant gehalten. Wird ein Jahr geändert, werden die zugehörigen Indikator-Eingangsdaten der Projekte mitgeführt.</translation>
    </message>
    <message>
        <source>Market CO2 price (€/t)</source>
        <translation>Markt-CO2-Preis (€/t)</translation>
    </message>
    <message>
        <source>CO2 price paid inside the market model (EU ETS), already part of B1; B2 counts only the societal cost above it.</source>
        <translation>Im Marktmodell gezahlter CO2-Preis (EU-ETS), bereits Teil von B1; B2 berücksichtigt nur die darüber hinausgehenden gesellschaftlichen Kosten.</translation>
    </message>
    <message>
        <source>SCC low (€/t)</source>
        <translation>SCC niedrig (€/t)</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>SCC central (€/t)</source>
        <translation>SCC zentral (€/t)</translation>
    </message>
    <message>
        <source>central (the headline)</source>
        <translation>zentral (Leitwert)</translation>
    </message>
    <message>
        <source>SCC high (€/t)</source>
        <translation>SCC hoch (€/t)</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>VOLL (€/MWh)</source>
        <translation>VOLL (€/MWh)</translation>
    </message>
    <message>
        <source>Value of lost load, valuing the change of energy not served (B6). There is no default: the study sets it.</source>
        <translation>Wert der nicht gelieferten Energie, zur Bewertung der Änderung der nicht gelieferten Energie (B6). Es gibt keinen Standardwert: Die Studie legt ihn fest.</translation>
    </message>
    <message>
        <source>Reserve cost (€/MW/yr)</source>
        <translation>Reservekosten (€/MW/yr)</translation>
    </message>
    <message>
        <source>Annual cost of holding reserve, valuing the reserve avoided (B9); 0 means B9 is not monetised in this year.</source>
        <translation>Jährliche Kosten für das Vorhalten von Reserve, zur Bewertung der vermiedenen Reserve (B9); 0 bedeutet, dass B9 in diesem Jahr nicht monetarisiert wird.</translation>
    </message>
    <message>
        <source>Row %1 no longer exists</source>
        <translation>Zeile %1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>%1 is already a study year of %2</source>
        <translation>%1 ist bereits ein Studienjahr von %2</translation>
    </message>
    <message>
        <source>Study years are kept in ascending order: %1 would come before %2 (row %3). Change that year first, or add a row.</source>
        <translation>Studienjahre werden in aufsteigender Reihenfolge geführt: %1 käme vor %2 (Zeile %3). Ändern Sie zuerst dieses Jahr oder fügen Sie eine Zeile hinzu.</translation>
    </message>
    <message>
        <source>Study years are kept in ascending order: %1 would come after %2 (row %3). Change that year first, or add a row.</source>
        <translation>Studienjahre werden in aufsteigender Reihenfolge geführt: %1 käme nach %2 (Zeile %3). Ändern Sie zuerst dieses Jahr oder fügen Sie eine Zeile hinzu.</translation>
    </message>
    <message>
        <source>study years must be strictly ascending: %1 follows %2</source>
        <translation>Studienjahre müssen streng aufsteigend sein: %1 folgt auf %2</translation>
    </message>
    <message>
        <source>A scenario needs at least one study year.</source>
        <translation>Ein Szenario benötigt mindestens ein Studienjahr.</translation>
    </message>
    <message>
        <source>the SCC must satisfy low ≤ central ≤ high, it is %1 / %2 / %3 €/t in %4.</source>
        <translation>für die SCC muss niedrig ≤ zentral ≤ hoch gelten, sie betragen %1 / %2 / %3 €/t im Jahr %4.</translation>
    </message>
    <message>
        <source>Project %1 has indicator inputs for %2, which is not a study year of this scenario: change them on the project&apos;s page.</source>
        <translation>Projekt %1 hat Indikator-Eingangsdaten für %2, das kein Studienjahr dieses Szenarios ist: Ändern Sie sie auf der Seite des Projekts.</translation>
    </message>
    <message>
        <source>Project %1 has indicator inputs for %2, which are not study years of this scenario: change them on the project&apos;s page.</source>
        <translation>Projekt %1 hat Indikator-Eingangsdaten für %2, die keine Studienjahre dieses Szenarios sind: Ändern Sie sie auf der Seite des Projekts.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::SweepDefinitionPanel</name>
    <message>
        <source>Run Sweep</source>
        <translation>Parametervariation ausführen</translation>
    </message>
    <message>
        <source>Points of each sweep curve, both ends of the range included</source>
        <translation>Punkte jeder Variationskurve, beide Enden der Spanne eingeschlossen</translation>
    </message>
    <message>
        <source>± </source>
        <translation>± </translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>The NPV is traced for commissioning up to this many years earlier and later than in the study</source>
        <translation>Der Kapitalwert wird für eine Inbetriebnahme bis zu so vielen Jahren früher und später als in der Studie berechnet</translation>
    </message>
    <message>
        <source>Name of the run (optional)</source>
        <translation>Name des Laufs (optional)</translation>
    </message>
    <message>
        <source>The run is stored in the study&apos;s run history under this name</source>
        <translation>Der Lauf wird unter diesem Namen in der Laufhistorie der Studie gespeichert</translation>
    </message>
    <message>
        <source>Sweep the checked inputs one at a time and store the run in the study</source>
        <translation>Die aktivierten Eingangsgrößen einzeln variieren und den Lauf in der Studie speichern</translation>
    </message>
    <message>
        <source>Check All</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <source>Check None</source>
        <translation>Keine auswählen</translation>
    </message>
    <message>
        <source>Points per input:</source>
        <translation>Punkte je Eingangsgröße:</translation>
    </message>
    <message>
        <source>Commissioning year:</source>
        <translation>Inbetriebnahmejahr:</translation>
    </message>
    <message>
        <source>Run name:</source>
        <translation>Name des Laufs:</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::SweepInputsModel</name>
    <message>
        <source>Input</source>
        <translation>Eingangsgröße</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Study value</source>
        <translation>Wert der Studie</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>The inputs of the economic evaluation that a sweep can move; check those to sweep, one at a time.</source>
        <translation>Die Eingangsgrößen der wirtschaftlichen Bewertung, die eine Parametervariation verändern kann; aktivieren Sie die zu variierenden, sie werden einzeln variiert.</translation>
    </message>
    <message>
        <source>The unit of the row&apos;s values: % for rates and shares, a factor on the study&apos;s value, or years.</source>
        <translation>Die Einheit der Werte der Zeile: % für Sätze und Anteile, ein Faktor auf den Wert der Studie oder Jahre.</translation>
    </message>
    <message>
        <source>The value the study uses, in the unit of the row; the sweep moves the input away from it.</source>
        <translation>Der Wert, den die Studie verwendet, in der Einheit der Zeile; die Parametervariation verschiebt die Eingangsgröße ausgehend von diesem Wert.</translation>
    </message>
    <message>
        <source>The end of the range the input is swept over, in the unit of the row (rates and shares in %); edit it to change the range.</source>
        <translation>Das Ende der Spanne, über die die Eingangsgröße variiert wird, in der Einheit der Zeile (Sätze und Anteile in %); bearbeiten Sie es, um die Spanne zu ändern.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::SweepResultsView</name>
    <message>
        <source>Input (unit)</source>
        <translation>Eingangsgröße (Einheit)</translation>
    </message>
    <message>
        <source>Study value</source>
        <translation>Wert der Studie</translation>
    </message>
    <message>
        <source>NPV = 0 at</source>
        <translation>Kapitalwert = 0 bei</translation>
    </message>
    <message>
        <source>B/C = 1 at</source>
        <translation>B/C = 1 bei</translation>
    </message>
    <message>
        <source>none in [%1, %2]</source>
        <translation>keiner in [%1, %2]</translation>
    </message>
    <message>
        <source>NPV (M€)</source>
        <translation>Kapitalwert (M€)</translation>
    </message>
    <message>
        <source>B/C ratio</source>
        <translation>B/C-Verhältnis</translation>
    </message>
    <message>
        <source>The scenario whose tornado and switching values are shown</source>
        <translation>Das Szenario, dessen Tornado und kritische Werte angezeigt werden</translation>
    </message>
    <message>
        <source>Switching values: the value of one input at which the NPV becomes zero or the B/C ratio one, all other inputs at the study&apos;s values.</source>
        <translation>Kritische Werte: der Wert einer Eingangsgröße, bei dem der Kapitalwert null oder das Nutzen-Kosten-Verhältnis eins wird, während alle anderen Eingangsgrößen auf den Werten der Studie bleiben.</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Szenario:</translation>
    </message>
    <message>
        <source>Tornado of:</source>
        <translation>Tornado für:</translation>
    </message>
    <message>
        <source>Switching values</source>
        <translation>Kritische Werte</translation>
    </message>
    <message>
        <source>No sweep has been run for this project yet.</source>
        <translation>Für dieses Projekt wurde noch keine Parametervariation ausgeführt.</translation>
    </message>
    <message>
        <source>Run a sweep to see which inputs move the result most.</source>
        <translation>Führen Sie eine Parametervariation aus, um zu sehen, welche Eingangsgrößen das Ergebnis am stärksten beeinflussen.</translation>
    </message>
    <message>
        <source>Run a sweep to see the value of timing.</source>
        <translation>Führen Sie eine Parametervariation aus, um den Wert des Inbetriebnahmezeitpunkts zu sehen.</translation>
    </message>
    <message>
        <source>NPV tornado — %1</source>
        <translation>Kapitalwert-Tornado — %1</translation>
    </message>
    <message>
        <source>B/C tornado — %1</source>
        <translation>B/C-Tornado — %1</translation>
    </message>
    <message>
        <source>Bars show the net present value, in M€, with each input at the ends of its range</source>
        <translation>Die Balken zeigen den Kapitalwert in M€ mit jeder Eingangsgröße an den Enden ihrer Spanne</translation>
    </message>
    <message>
        <source>Bars show the benefit/cost ratio (no unit) with each input at the ends of its range</source>
        <translation>Die Balken zeigen das Nutzen-Kosten-Verhältnis (ohne Einheit) mit jeder Eingangsgröße an den Enden ihrer Spanne</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::TornadoChart</name>
    <message>
        <source>Tornado</source>
        <translation>Tornado</translation>
    </message>
    <message>
        <source>Run a sweep to see which inputs move the result most.</source>
        <translation>Führen Sie eine Parametervariation aus, um zu sehen, welche Eingangsgrößen das Ergebnis am stärksten beeinflussen.</translation>
    </message>
    <message>
        <source>The B/C ratio is not defined in this scenario.</source>
        <translation>Das Nutzen-Kosten-Verhältnis ist in diesem Szenario nicht definiert.</translation>
    </message>
    <message>
        <source>Input at the low end of its range</source>
        <translation>Eingangsgröße am unteren Ende ihrer Spanne</translation>
    </message>
    <message>
        <source>Input at the high end of its range</source>
        <translation>Eingangsgröße am oberen Ende ihrer Spanne</translation>
    </message>
    <message>
        <source>Base NPV: %1 M€</source>
        <translation>Basis-Kapitalwert: %1 M€</translation>
    </message>
    <message>
        <source>Base B/C: %1</source>
        <translation>Basis-B/C: %1</translation>
    </message>
    <message>
        <source>Net present value (M€ of %1)</source>
        <translation>Kapitalwert (M€ zu Preisen von %1)</translation>
    </message>
    <message>
        <source>Benefit/cost ratio (–)</source>
        <translation>Nutzen-Kosten-Verhältnis (–)</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::UserGuideWindow</name>
    <message>
        <source>GridCBA User Guide</source>
        <translation>GridCBA-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The sections of the guide; click one to go there</source>
        <translation>Die Abschnitte des Handbuchs; klicken Sie auf einen, um dorthin zu gelangen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Find in the guide (Ctrl+F)</source>
        <translation>Im Handbuch suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Text to find in the guide: Return finds the next match, Shift+Return the previous one</source>
        <translation>Im Handbuch zu suchender Text: Eingabetaste sucht den nächsten Treffer, Umschalt+Eingabetaste den vorherigen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::WelcomePage</name>
    <message>
        <source>No study is open</source>
        <translation>Keine Studie geöffnet</translation>
    </message>
    <message>
        <source>Open a study file (.gridcba) or a study in the JSON exchange format, or look around in the bundled sample study.</source>
        <translation>Öffnen Sie eine Studiendatei (.gridcba) oder eine Studie im JSON-Austauschformat oder sehen Sie sich die mitgelieferte Beispielstudie an.</translation>
    </message>
    <message>
        <source>Open Study…</source>
        <translation>Studie öffnen …</translation>
    </message>
    <message>
        <source>Open Sample Study</source>
        <translation>Beispielstudie öffnen</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::editing</name>
    <message>
        <source>%1 must be between %2 and %3</source>
        <extracomment>%1 field name (&quot;Year&quot;, &quot;Price base year&quot;)</extracomment>
        <translation>%1 muss zwischen %2 und %3 liegen</translation>
    </message>
    <message>
        <source>%1 must be a number ≥ 0</source>
        <translation>%1 muss eine Zahl ≥ 0 sein</translation>
    </message>
    <message>
        <source>%1: prices of %2 need price indices for %2 and for the price base year %3 in the deflator (Economic parameters page); add them first</source>
        <extracomment>%1 field, %2 price year, %3 price base year</extracomment>
        <translation>%1: Preise von %2 erfordern Preisindizes für %2 und für das Preisbasisjahr %3 im Deflator (Seite Wirtschaftliche Parameter); fügen Sie diese zuerst hinzu</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::format</name>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage; %1 is the number already formatted for the locale.</extracomment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cost-benefit analysis of electricity grid projects (ENTSO-E CBA guideline)</source>
        <translation>Kosten-Nutzen-Analyse von Stromnetzprojekten (ENTSO-E-CBA-Leitfaden)</translation>
    </message>
    <message>
        <source>A study file (.gridcba) or JSON study to open.</source>
        <translation>Eine zu öffnende Studiendatei (.gridcba) oder JSON-Studie.</translation>
    </message>
</context>
</TS>
