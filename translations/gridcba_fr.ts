<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Adequacy</name>
    <message>
        <source>the adequacy dispatch of week %1 has no optimal solution (Clp status %2)</source>
        <extracomment>%1 is a week number, %2 the solver&apos;s status code</extracomment>
        <translation>le dispatching d&apos;adéquation de la semaine %1 n&apos;a pas de solution optimale (statut Clp %2)</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>%1: cannot create the directory</source>
        <extracomment>%1 is a directory name</extracomment>
        <translation>%1 : impossible de créer le répertoire</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1 : impossible d&apos;écrire : %2</translation>
    </message>
</context>
<context>
    <name>Dispatch</name>
    <message>
        <source>%1: cannot write the MPS file</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1 : impossible d&apos;écrire le fichier MPS</translation>
    </message>
    <message>
        <source>the dispatch of week %1 has no optimal solution (Clp status %2); check that every zone can be supplied or shed</source>
        <extracomment>%1 is a week number, %2 the solver&apos;s status code</extracomment>
        <translation>le dispatching de la semaine %1 n&apos;a pas de solution optimale (statut Clp %2) ; vérifiez que chaque zone peut être approvisionnée ou délestée</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>%1 in scenario &apos;%2&apos; is given for %3 but not for %4; enter 0 where the benefit is zero</source>
        <extracomment>%1 is an indicator such as B1, %2 a scenario id, %3 and %4 lists of years</extracomment>
        <translation>%1 dans le scénario &apos;%2&apos; est indiqué pour %3 mais pas pour %4 ; saisissez 0 là où le bénéfice est nul</translation>
    </message>
    <message>
        <source>no deflator index to convert %1 prices</source>
        <extracomment>%1 is a price year</extracomment>
        <translation>aucun indice de déflateur pour convertir les prix de %1</translation>
    </message>
    <message>
        <source>no indicator inputs for scenario &apos;%1&apos;, study year %2; every study year of an assessed scenario needs a row</source>
        <translation>aucune donnée d&apos;indicateur pour le scénario &apos;%1&apos;, année d&apos;étude %2 ; chaque année d&apos;étude d&apos;un scénario évalué nécessite une ligne</translation>
    </message>
    <message>
        <source>B6 needs a VOLL in %1; there is no default value</source>
        <translation>B6 nécessite une VOLL en %1 ; il n&apos;y a pas de valeur par défaut</translation>
    </message>
    <message>
        <source>%1: societal cost of carbon below the market CO2 price; B2 corrects B1 downwards</source>
        <translation>%1 : coût sociétal du carbone inférieur au prix du CO2 du marché ; B2 corrige B1 à la baisse</translation>
    </message>
    <message>
        <source>B9 is given in every study year but the reserve cost (reserveCostEurPerMwYear) is set for %1 and 0 for %2; set it in every study year or in none</source>
        <translation>B9 est indiqué pour chaque année d&apos;étude, mais le coût des réserves (reserveCostEurPerMwYear) est défini pour %1 et vaut 0 pour %2 ; définissez-le pour chaque année d&apos;étude ou pour aucune</translation>
    </message>
    <message>
        <source>investment %1: technical lifetime %2 years does not exceed the %3 years assessed; no residual value</source>
        <extracomment>%1 is an investment id, %2 and %3 numbers of years</extracomment>
        <translation>investissement %1 : la durée de vie technique de %2 ans ne dépasse pas les %3 années évaluées ; pas de valeur résiduelle</translation>
    </message>
    <message>
        <source>residual value: linear, CAPEX × (T − N) / T, booked as a benefit in %1</source>
        <translation>valeur résiduelle : linéaire, CAPEX × (T − N) / T, comptabilisée comme bénéfice en %1</translation>
    </message>
    <message>
        <source>project &apos;%1&apos;: %2</source>
        <extracomment>%1 is a project id, %2 the error message</extracomment>
        <translation>projet &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>the discounted cash flow of %1 is not a finite number (discount rate %2); check economics/discountRate and the amounts for a unit mistake</source>
        <extracomment>%1 is a year, %2 the discount rate</extracomment>
        <translation>le flux actualisé de %1 n&apos;est pas un nombre fini (taux d&apos;actualisation %2) ; vérifiez economics/discountRate et les montants (erreur d&apos;unité ?)</translation>
    </message>
    <message>
        <source>the net present value is not a finite number; check the amounts for a unit mistake</source>
        <translation>la valeur actuelle nette n&apos;est pas un nombre fini ; vérifiez les montants (erreur d&apos;unité ?)</translation>
    </message>
</context>
<context>
    <name>Input</name>
    <message>
        <source>Discount rate</source>
        <translation>Taux d&apos;actualisation</translation>
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
        <translation>Années d&apos;exploitation évaluées (N)</translation>
    </message>
    <message>
        <source>Commissioning delay</source>
        <translation>Retard de mise en service</translation>
    </message>
    <message>
        <source>Societal cost of carbon</source>
        <translation>Coût sociétal du carbone</translation>
    </message>
    <message>
        <source>Market CO2 price (B2 only, market results fixed)</source>
        <translation>Prix du CO2 du marché (B2 uniquement, résultats de marché fixes)</translation>
    </message>
    <message>
        <source>Value of lost load</source>
        <translation>Valeur de l&apos;énergie non distribuée</translation>
    </message>
    <message>
        <source>Socio-economic welfare B1 (proxy for fuel prices, demand, RES)</source>
        <translation>Bien-être socio-économique B1 (approximation des prix du combustible, de la demande, des RES)</translation>
    </message>
    <message>
        <source>Grid losses B5</source>
        <translation>Pertes réseau B5</translation>
    </message>
    <message>
        <source>Reserve cost (B9)</source>
        <translation>Coût des réserves (B9)</translation>
    </message>
    <message>
        <source>Share of the first year counted</source>
        <translation>Part de la première année prise en compte</translation>
    </message>
</context>
<context>
    <name>JsonFormat</name>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation>la chaîne &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>unknown field (misspelt, or from a newer version of GridCBA?)</source>
        <translation>champ inconnu (faute de frappe, ou champ d&apos;une version plus récente de GridCBA ?)</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>must be a string, got %1</source>
        <extracomment>%1 describes the value found, e.g. &quot;an array&quot; or a number</extracomment>
        <translation>doit être une chaîne, trouvé : %1</translation>
    </message>
    <message>
        <source>must be a number, got %1</source>
        <translation>doit être un nombre, trouvé : %1</translation>
    </message>
    <message>
        <source>must be a number or null, got %1</source>
        <translation>doit être un nombre ou null, trouvé : %1</translation>
    </message>
    <message>
        <source>must be a whole number, got %1</source>
        <translation>doit être un nombre entier, trouvé : %1</translation>
    </message>
    <message>
        <source>must be true or false, got %1</source>
        <translation>doit être true ou false, trouvé : %1</translation>
    </message>
    <message>
        <source>must be an array, got %1</source>
        <translation>doit être un tableau, trouvé : %1</translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation>doit être un objet, trouvé : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <extracomment>%1 is the value found in the file, %2 the list of allowed values</extracomment>
        <translation>&quot;%1&quot; ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>unknown pollutant; use nox, nh3, sox, pm25, pm10 or nmvoc</source>
        <translation>polluant inconnu ; utilisez nox, nh3, sox, pm25, pm10 ou nmvoc</translation>
    </message>
    <message>
        <source>deflator keys are years, got &quot;%1&quot;</source>
        <translation>les clés du déflateur sont des années, trouvé : &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GridCBA study (expected &quot;%2&quot;)</source>
        <translation>&quot;%1&quot; n&apos;est pas une étude GridCBA (attendu : &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>version %1 is newer than this GridCBA reads (%2); update GridCBA</source>
        <extracomment>%1 is the format version of the file, %2 the newest version this program reads</extracomment>
        <translation>la version %1 est plus récente que celles que lit ce GridCBA (%2) ; mettez GridCBA à jour</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>doit être supérieur ou égal à 1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>column %1: invalid JSON: %2</source>
        <extracomment>%1 is the column number, %2 the JSON parser error</extracomment>
        <translation>colonne %1 : JSON non valide : %2</translation>
    </message>
    <message>
        <source>a study file is a JSON object</source>
        <translation>un fichier d&apos;étude est un objet JSON</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>impossible d&apos;ouvrir : %1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <extracomment>%1 is the file name, %2 the system error</extracomment>
        <translation>%1 : impossible d&apos;écrire : %2</translation>
    </message>
    <message>
        <source>(numbers must be finite and at most about 1.8e308 in size; NaN and Infinity cannot be written in JSON)</source>
        <translation>(les nombres doivent être finis et d&apos;au plus environ 1.8e308 ; NaN et Infinity ne peuvent pas s&apos;écrire en JSON)</translation>
    </message>
    <message>
        <source>must be a whole number 0..18446744073709551615 written as a string, got &quot;%1&quot;</source>
        <translation>doit être un nombre entier 0..18446744073709551615 écrit sous forme de chaîne, trouvé « %1 »</translation>
    </message>
</context>
<context>
    <name>MarketInput</name>
    <message>
        <source>profile &apos;%1&apos; does not exist for climate year %2 (nor for every climate year); import it or correct the name</source>
        <extracomment>%1 is a profile id, %2 a climate year</extracomment>
        <translation>le profil &apos;%1&apos; n&apos;existe pas pour l&apos;année climatique %2 (ni pour toutes les années climatiques) ; importez-le ou corrigez le nom</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; has %2 values, not %3</source>
        <translation>le profil &apos;%1&apos; comporte %2 valeurs, et non %3</translation>
    </message>
    <message>
        <source>there is no power system for scenario &apos;%1&apos;, study year %2</source>
        <extracomment>%1 is a scenario id, %2 a study year</extracomment>
        <translation>il n&apos;y a pas de système électrique pour le scénario &apos;%1&apos;, année d&apos;étude %2</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos; has no study year %2</source>
        <translation>le scénario &apos;%1&apos; n&apos;a pas d&apos;année d&apos;étude %2</translation>
    </message>
    <message>
        <source>zone %1 has no VOLL and the study year %2 has none either; there is no default value</source>
        <extracomment>%1 is a zone id, %2 a study year</extracomment>
        <translation>la zone %1 n&apos;a pas de VOLL et l&apos;année d&apos;étude %2 non plus ; il n&apos;y a pas de valeur par défaut</translation>
    </message>
    <message>
        <source>zone &apos;%1&apos; is not a zone of this power system</source>
        <extracomment>%1 is a zone id</extracomment>
        <translation>la zone &apos;%1&apos; n&apos;est pas une zone de ce système électrique</translation>
    </message>
    <message>
        <source>cluster %1 burns &apos;%2&apos;, which has no fuel price in scenario &apos;%3&apos;, study year %4</source>
        <extracomment>%1 is a cluster id, %2 a fuel name, %3 a scenario id, %4 a study year</extracomment>
        <translation>le groupe %1 utilise le combustible &apos;%2&apos;, qui n&apos;a pas de prix dans le scénario &apos;%3&apos;, année d&apos;étude %4</translation>
    </message>
    <message>
        <source>cluster %1 needs an efficiency above 0</source>
        <translation>le groupe %1 doit avoir un rendement supérieur à 0</translation>
    </message>
    <message>
        <source>project %1 changes no border capacity; the market model has nothing to assess</source>
        <extracomment>%1 is a project id</extracomment>
        <translation>le projet %1 ne modifie aucune capacité aux frontières ; le modèle de marché n&apos;a rien à évaluer</translation>
    </message>
    <message>
        <source>zone &apos;%1&apos; of project %2 is not a zone of the power system</source>
        <extracomment>%1 is a zone id, %2 a project id</extracomment>
        <translation>la zone &apos;%1&apos; du projet %2 n&apos;est pas une zone du système électrique</translation>
    </message>
    <message>
        <source>a border needs two different zones</source>
        <translation>une frontière nécessite deux zones différentes</translation>
    </message>
    <message>
        <source>project %1 is assessed by TOOT in %4 but its ΔNTC on %2–%3 exceeds the reference grid&apos;s NTC there; the reference grid of %4 must include the project</source>
        <extracomment>%1 is a project id, %2/%3 zone ids, %4 a study year</extracomment>
        <translation>le projet %1 est évalué en TOOT en %4, mais son ΔNTC sur %2–%3 dépasse la NTC du réseau de référence sur cette frontière ; le réseau de référence de %4 doit inclure le projet</translation>
    </message>
</context>
<context>
    <name>MarketResults</name>
    <message>
        <source>market result format %1 is not one this GridCBA reads (1..%2)</source>
        <extracomment>%1 is a number</extracomment>
        <translation>le format de résultat de marché %1 n&apos;est pas lu par ce GridCBA (1..%2)</translation>
    </message>
    <message>
        <source>market result: method must be pint or toot</source>
        <translation>résultat de marché : la méthode doit être pint ou toot</translation>
    </message>
    <message>
        <source>market result: the runs do not have one entry per zone</source>
        <translation>résultat de marché : les calculs ne comportent pas une entrée par zone</translation>
    </message>
    <message>
        <source>market result of %1 / %2 %3 / climate year %4 is not valid JSON: %5</source>
        <translation>le résultat de marché de %1 / %2 %3 / année climatique %4 n&apos;est pas un JSON valide : %5</translation>
    </message>
    <message>
        <source>GridCBA market model, %1, climate years %2; %3; %4, %5. B5 valued at hourly prices: %6 € (inside B1, not added)</source>
        <extracomment>%1 the method (PINT/TOOT), %2 the climate years with weights, %3 the solver, %4 the software version, %5 a date, %6 a money amount</extracomment>
        <translation>Modèle de marché GridCBA, %1, années climatiques %2 ; %3 ; %4, %5. B5 valorisé aux prix horaires : %6 € (inclus dans B1, non ajouté)</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>&amp;Report on:</source>
        <translation>&amp;Rapport sur :</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>Format de &amp;papier :</translation>
    </message>
    <message>
        <source>What the report covers: one project (its results, indicators, costs, sensitivity runs and cash flows) or the whole study (a summary, then every project).</source>
        <translation>Contenu du rapport : un projet (ses résultats, indicateurs, coûts, calculs de sensibilité et flux de trésorerie) ou l&apos;étude complète (une synthèse, puis chaque projet).</translation>
    </message>
    <message>
        <source>The paper size the report is laid out for: A4 (210 × 297 mm) or US Letter (8.5 × 11 in).</source>
        <translation>Le format de papier pour lequel le rapport est mis en page : A4 (210 × 297 mm) ou US Letter (8.5 × 11 in).</translation>
    </message>
</context>
<context>
    <name>RunComparison</name>
    <message>
        <source>Base NPV</source>
        <translation>VAN de base</translation>
    </message>
    <message>
        <source>Base B/C</source>
        <translation>B/C de base</translation>
    </message>
    <message>
        <source>Largest NPV swing</source>
        <translation>Plus grand écart de VAN</translation>
    </message>
    <message>
        <source>NPV P10</source>
        <translation>VAN P10</translation>
    </message>
    <message>
        <source>NPV P50</source>
        <translation>VAN P50</translation>
    </message>
    <message>
        <source>NPV P90</source>
        <translation>VAN P90</translation>
    </message>
    <message>
        <source>NPV mean</source>
        <translation>VAN moyenne</translation>
    </message>
    <message>
        <source>P(NPV &gt; 0)</source>
        <translation>P(VAN &gt; 0)</translation>
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
        <translation>Grandeur</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Difference
(second − first)</source>
        <translation>Différence
(deuxième − premier)</translation>
    </message>
</context>
<context>
    <name>SampleSystem</name>
    <message>
        <source>the file is missing</source>
        <translation>le fichier est manquant</translation>
    </message>
    <message>
        <source>the column &apos;%1&apos; is missing</source>
        <extracomment>%1 is a column name</extracomment>
        <translation>la colonne &apos;%1&apos; est manquante</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <extracomment>%1 is a column name</extracomment>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1 must be a number, got &apos;%2&apos;</source>
        <extracomment>%1 is a column name, %2 the text found</extracomment>
        <translation>%1 doit être un nombre, trouvé : &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, got %4</source>
        <extracomment>%1 is a column name, %2 and %3 the limits, %4 the value</extracomment>
        <translation>%1 doit être compris entre %2 et %3, valeur trouvée : %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a zone of zones.csv</source>
        <extracomment>%1 is a zone id</extracomment>
        <translation>&apos;%1&apos; n&apos;est pas une zone de zones.csv</translation>
    </message>
    <message>
        <source>the scenario-year columns (such as NT-2030) must be those of demand.csv</source>
        <translation>les colonnes scénario-année (telles que NT-2030) doivent être celles de demand.csv</translation>
    </message>
    <message>
        <source>this row repeats an earlier one (same zone and technology)</source>
        <translation>cette ligne répète une ligne précédente (même zone et même technologie)</translation>
    </message>
    <message>
        <source>euMember must be yes or no, got &apos;%1&apos;</source>
        <translation>euMember doit valoir yes ou no, trouvé : &apos;%1&apos;</translation>
    </message>
    <message>
        <source>give both offshoreLatitude and offshoreLongitude, or neither</source>
        <translation>indiquez à la fois offshoreLatitude et offshoreLongitude, ou aucune des deux</translation>
    </message>
    <message>
        <source>hydroRegime must be nordic, alpine, continental or atlantic, got &apos;%1&apos;</source>
        <translation>hydroRegime doit valoir nordic, alpine, continental ou atlantic, trouvé : &apos;%1&apos;</translation>
    </message>
    <message>
        <source>zone &apos;%1&apos; is given twice</source>
        <translation>la zone &apos;%1&apos; est indiquée deux fois</translation>
    </message>
    <message>
        <source>the file has no zones</source>
        <translation>le fichier ne comporte aucune zone</translation>
    </message>
    <message>
        <source>there is no scenario-year column such as NT-2030</source>
        <translation>il n&apos;y a aucune colonne scénario-année telle que NT-2030</translation>
    </message>
    <message>
        <source>the study has no scenario &apos;%1&apos; with study year %2; rename or remove the column %1-%2</source>
        <extracomment>%1 is a scenario id, %2 a year</extracomment>
        <translation>l&apos;étude n&apos;a pas de scénario &apos;%1&apos; avec l&apos;année d&apos;étude %2 ; renommez ou supprimez la colonne %1-%2</translation>
    </message>
    <message>
        <source>zone &apos;%1&apos; of zones.csv has no row</source>
        <translation>la zone &apos;%1&apos; de zones.csv n&apos;a pas de ligne</translation>
    </message>
    <message>
        <source>technology &apos;%1&apos; is given twice</source>
        <translation>la technologie &apos;%1&apos; est indiquée deux fois</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a technology of technologies.csv</source>
        <translation>&apos;%1&apos; n&apos;est pas une technologie de technologies.csv</translation>
    </message>
    <message>
        <source>technology must be pv, wind_onshore, wind_offshore or ror, got &apos;%1&apos;</source>
        <translation>la technologie doit être pv, wind_onshore, wind_offshore ou ror, trouvé : &apos;%1&apos;</translation>
    </message>
    <message>
        <source>zone %1 has offshore wind but no offshoreLatitude and offshoreLongitude in zones.csv</source>
        <translation>la zone %1 comporte de l&apos;éolien en mer, mais offshoreLatitude et offshoreLongitude manquent dans zones.csv</translation>
    </message>
    <message>
        <source>a border joins two different zones</source>
        <translation>une frontière relie deux zones différentes</translation>
    </message>
    <message>
        <source>the direction %1 → %2 is given twice</source>
        <translation>le sens %1 → %2 est indiqué deux fois</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <extracomment>%1 is a file name, %2 a line number, %3 the message</extracomment>
        <translation>%1, ligne %2 : %3</translation>
    </message>
</context>
<context>
    <name>Sensitivity</name>
    <message>
        <source>parameters must be finite numbers</source>
        <translation>les paramètres doivent être des nombres finis</translation>
    </message>
    <message>
        <source>uniform needs min &lt; max</source>
        <translation>la loi uniforme exige min &lt; max</translation>
    </message>
    <message>
        <source>%1 needs min &lt;= mode &lt;= max and min &lt; max</source>
        <extracomment>%1 is a distribution key: triangular or pert</extracomment>
        <translation>%1 exige min &lt;= mode &lt;= max et min &lt; max</translation>
    </message>
    <message>
        <source>normal needs a standard deviation &gt; 0</source>
        <translation>la loi normale exige un écart type &gt; 0</translation>
    </message>
    <message>
        <source>lognormal needs a mean &gt; 0 and a standard deviation &gt; 0</source>
        <translation>la loi log-normale exige une moyenne &gt; 0 et un écart type &gt; 0</translation>
    </message>
    <message>
        <source>unknown distribution</source>
        <translation>distribution inconnue</translation>
    </message>
    <message>
        <source>no project with id &apos;%1&apos;</source>
        <translation>aucun projet d&apos;identifiant &apos;%1&apos;</translation>
    </message>
    <message>
        <source>samples must be 2 .. 10,000,000, got %1</source>
        <translation>le nombre de tirages doit être compris entre 2 et 10,000,000, valeur trouvée : %1</translation>
    </message>
    <message>
        <source>choose at least one input to sample</source>
        <translation>choisissez au moins une donnée d&apos;entrée à échantillonner</translation>
    </message>
    <message>
        <source>%1 is sampled twice</source>
        <extracomment>%1 is the key of a sensitivity input</extracomment>
        <translation>%1 est échantillonné deux fois</translation>
    </message>
    <message>
        <source>a correlation must join two different sampled inputs</source>
        <translation>une corrélation doit relier deux données d&apos;entrée échantillonnées différentes</translation>
    </message>
    <message>
        <source>a rank correlation must lie strictly between -1 and 1</source>
        <translation>une corrélation de rang doit être strictement comprise entre -1 et 1</translation>
    </message>
    <message>
        <source>the rank correlations are inconsistent (the correlation matrix is not positive definite)</source>
        <translation>les corrélations de rang sont incohérentes (la matrice de corrélation n&apos;est pas définie positive)</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos;: %2</source>
        <translation>scénario &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1: unknown input &apos;%2&apos;</source>
        <extracomment>%1 is the JSON path of the field, %2 the value found</extracomment>
        <translation>%1 : donnée d&apos;entrée inconnue &apos;%2&apos;</translation>
    </message>
    <message>
        <source>seed: must be a whole number in a string, got %1</source>
        <translation>seed : doit être un nombre entier sous forme de chaîne, trouvé : %1</translation>
    </message>
    <message>
        <source>inputs/%1/distribution: unknown distribution &apos;%2&apos;</source>
        <extracomment>%1 is the index of the input, %2 the value found</extracomment>
        <translation>inputs/%1/distribution : distribution inconnue &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a sweep needs at least 2 points, got %1</source>
        <translation>un balayage nécessite au moins 2 points, valeur trouvée : %1</translation>
    </message>
    <message>
        <source>%1: the range must satisfy low &lt;= high, got %2 .. %3</source>
        <extracomment>%1 is the key of a sensitivity input, %2 and %3 the low and high ends</extracomment>
        <translation>%1 : l&apos;intervalle doit vérifier bas &lt;= haut, trouvé : %2 .. %3</translation>
    </message>
</context>
<context>
    <name>SensitivityText</name>
    <message>
        <source>The real discount rate applied to every yearly flow of the project.</source>
        <translation>Le taux d&apos;actualisation réel appliqué à chaque flux annuel du projet.</translation>
    </message>
    <message>
        <source>Scales the CAPEX of every investment (OPEX stated as a share of CAPEX and the residual value follow); the default range is the project&apos;s stated CAPEX uncertainty.</source>
        <translation>Applique un facteur au CAPEX de chaque investissement (l&apos;OPEX exprimé en part du CAPEX et la valeur résiduelle suivent) ; la plage par défaut est l&apos;incertitude sur le CAPEX déclarée pour le projet.</translation>
    </message>
    <message>
        <source>Scales the yearly OPEX of every investment.</source>
        <translation>Applique un facteur à l&apos;OPEX annuel de chaque investissement.</translation>
    </message>
    <message>
        <source>The number of operating years N counted in the assessment period, in whole years.</source>
        <translation>Le nombre d&apos;années d&apos;exploitation N comptées dans la période d&apos;évaluation, en années entières.</translation>
    </message>
    <message>
        <source>Moves the commissioning year, and the CAPEX phasing with it, by whole years; positive values are a delay.</source>
        <translation>Décale l&apos;année de mise en service, et avec elle l&apos;échelonnement du CAPEX, d&apos;un nombre entier d&apos;années ; une valeur positive correspond à un retard.</translation>
    </message>
    <message>
        <source>Scales the societal cost of carbon that monetises the change in CO2 emissions (B2) in every study year.</source>
        <translation>Applique un facteur au coût sociétal du carbone qui monétise la variation des émissions de CO2 (B2) pour chaque année d&apos;étude.</translation>
    </message>
    <message>
        <source>Scales the market (ETS) CO2 price; this changes only B2, because the market results (B1) are held fixed until a market model can recompute them.</source>
        <translation>Applique un facteur au prix du CO2 du marché (ETS) ; seul B2 change, car les résultats de marché (B1) restent fixes tant qu&apos;aucun modèle de marché ne peut les recalculer.</translation>
    </message>
    <message>
        <source>Scales the value of lost load that monetises the change in energy not served (B6).</source>
        <translation>Applique un facteur à la valeur de l&apos;énergie non distribuée qui monétise la variation de l&apos;énergie non distribuée (B6).</translation>
    </message>
    <message>
        <source>Scales socio-economic welfare (B1); it stands in for fuel prices, demand and RES capacity until the market model exists to recompute them.</source>
        <translation>Applique un facteur au bien-être socio-économique (B1) ; il tient lieu des prix du combustible, de la demande et de la capacité RES tant qu&apos;aucun modèle de marché ne permet de les recalculer.</translation>
    </message>
    <message>
        <source>Scales the monetised change in grid losses (B5).</source>
        <translation>Applique un facteur à la variation monétisée des pertes réseau (B5).</translation>
    </message>
    <message>
        <source>Scales the cost of reserve capacity that monetises the reserve need avoided (B9).</source>
        <translation>Applique un facteur au coût de la capacité de réserve qui monétise le besoin de réserve évité (B9).</translation>
    </message>
    <message>
        <source>The share of the commissioning year&apos;s benefits and OPEX that is counted (100 % = a full year).</source>
        <translation>La part des bénéfices et de l&apos;OPEX de l&apos;année de mise en service qui est prise en compte (100 % = une année complète).</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>× study value</source>
        <translation>× valeur de l&apos;étude</translation>
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
        <translation>Uniforme</translation>
    </message>
    <message>
        <source>Triangular</source>
        <translation>Triangulaire</translation>
    </message>
    <message>
        <source>PERT (beta)</source>
        <translation>PERT (bêta)</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Lognormal</source>
        <translation>Log-normale</translation>
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
        <translation>Valeur la plus probable</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Écart type</translation>
    </message>
    <message>
        <source>Standard deviation of the value</source>
        <translation>Écart type de la valeur</translation>
    </message>
    <message>
        <source>The average of the draws.</source>
        <translation>La moyenne des tirages.</translation>
    </message>
    <message>
        <source>The spread of the draws around the mean: the standard deviation of the value itself, not of its logarithm.</source>
        <translation>La dispersion des tirages autour de la moyenne : l&apos;écart type de la valeur elle-même, et non de son logarithme.</translation>
    </message>
    <message>
        <source>The spread of the draws around the mean; about 95 % of them fall within two standard deviations of it.</source>
        <translation>La dispersion des tirages autour de la moyenne ; environ 95 % d&apos;entre eux se situent à moins de deux écarts types de celle-ci.</translation>
    </message>
    <message>
        <source>The lowest value drawn.</source>
        <translation>La plus petite valeur tirée.</translation>
    </message>
    <message>
        <source>The highest value drawn.</source>
        <translation>La plus grande valeur tirée.</translation>
    </message>
    <message>
        <source>The mode: the value drawn most often.</source>
        <translation>Le mode : la valeur tirée le plus souvent.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>The unit money is shown and entered in, in tables, forms and charts. Studies always store euros.</source>
        <translation>L&apos;unité dans laquelle les montants sont affichés et saisis dans les tableaux, formulaires et graphiques. Les études enregistrent toujours des euros.</translation>
    </message>
    <message>
        <source>&amp;Money unit:</source>
        <translation>&amp;Unité monétaire :</translation>
    </message>
    <message>
        <source>How numbers are written: decimal and thousands separators. System follows the desktop&apos;s language settings.</source>
        <translation>Mode d&apos;écriture des nombres : séparateurs décimal et des milliers. « Système » suit les paramètres linguistiques du bureau.</translation>
    </message>
    <message>
        <source>&amp;Number format:</source>
        <translation>&amp;Format des nombres :</translation>
    </message>
    <message>
        <source>Defaults for new studies</source>
        <translation>Valeurs par défaut des nouvelles études</translation>
    </message>
    <message>
        <source>&amp;Discount rate (real):</source>
        <translation>&amp;Taux d&apos;actualisation (réel) :</translation>
    </message>
    <message>
        <source> % per year</source>
        <translation> % par an</translation>
    </message>
    <message>
        <source>Year whose prices all money of a new study is expressed in. ENTSO-E default: 2023.</source>
        <translation>Année dont les prix servent à exprimer tous les montants d&apos;une nouvelle étude. Valeur par défaut ENTSO-E : 2023.</translation>
    </message>
    <message>
        <source>&amp;Price base year:</source>
        <translation>Année de base des &amp;prix :</translation>
    </message>
    <message>
        <source>The year t0 to which present values of a new study are expressed, usually its reference year.</source>
        <translation>L&apos;année t0 à laquelle sont ramenées les valeurs actuelles d&apos;une nouvelle étude, généralement son année de référence.</translation>
    </message>
    <message>
        <source>Discounting &amp;year (t0):</source>
        <translation>&amp;Année d&apos;actualisation (t0) :</translation>
    </message>
    <message>
        <source>N: years of operation assessed from commissioning in a new study. ENTSO-E default: 25.</source>
        <translation>N : années d&apos;exploitation évaluées à partir de la mise en service dans une nouvelle étude. Valeur par défaut ENTSO-E : 25.</translation>
    </message>
    <message>
        <source>&amp;Operating years assessed (N):</source>
        <translation>Années d&apos;&amp;exploitation évaluées (N) :</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation>Enregistrement automatique</translation>
    </message>
    <message>
        <source>&amp;Save a recovery copy every:</source>
        <translation>En&amp;registrer une copie de récupération toutes les :</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The language of menus, dialogs, messages and the printed report. System follows the desktop&apos;s language settings. Takes effect when GridCBA is started again.</source>
        <translation>La langue des menus, boîtes de dialogue, messages et du rapport imprimé. « Système » suit les paramètres linguistiques du bureau. Prend effet au prochain démarrage de GridCBA.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Real social discount rate of new studies, in % per year. ENTSO-E default: 4 %.</source>
        <translation>Taux d&apos;actualisation social réel des nouvelles études, en % par an. Valeur par défaut ENTSO-E : 4 %.</translation>
    </message>
    <message>
        <source>How often, in minutes (min), a modified study is saved to a recovery file, offered for restoring after a crash. Off: never.</source>
        <translation>Fréquence, en minutes (min), à laquelle une étude modifiée est enregistrée dans un fichier de récupération, proposé pour restauration après un plantage. Désactivé : jamais.</translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <source>%1 / %2 %3 / climate year %4</source>
        <extracomment>%1 project, %2 scenario, %3 study year, %4 climate year</extracomment>
        <translation>%1 / %2 %3 / année climatique %4</translation>
    </message>
    <message>
        <source>there is no project &apos;%1&apos; in the study</source>
        <extracomment>%1 is a project id</extracomment>
        <translation>il n&apos;y a pas de projet &apos;%1&apos; dans l&apos;étude</translation>
    </message>
    <message>
        <source>there is no scenario &apos;%1&apos; in the study</source>
        <extracomment>%1 is a scenario id</extracomment>
        <translation>il n&apos;y a pas de scénario &apos;%1&apos; dans l&apos;étude</translation>
    </message>
    <message>
        <source>nothing to simulate: no project with border changes in a scenario and study year that has a power system matches</source>
        <translation>rien à simuler : aucun projet modifiant des frontières ne correspond à un scénario et une année d&apos;étude dotés d&apos;un système électrique</translation>
    </message>
    <message>
        <source>%1 %2, climate year %3</source>
        <extracomment>%1 scenario, %2 study year, %3 climate year</extracomment>
        <translation>%1 %2, année climatique %3</translation>
    </message>
    <message>
        <source>: dispatch</source>
        <translation>&#xa0;: dispatch</translation>
    </message>
    <message>
        <source>: adequacy</source>
        <translation>&#xa0;: adéquation</translation>
    </message>
</context>
<context>
    <name>StudyFile</name>
    <message>
        <source>%1: cannot open: %2</source>
        <extracomment>%1 is the file name, %2 the system error</extracomment>
        <translation>%1 : impossible d&apos;ouvrir : %2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1 : le fichier est vide</translation>
    </message>
    <message>
        <source>%1: not a GridCBA study: neither a study file (it does not start like one: damaged, or another kind of file) nor a JSON study</source>
        <translation>%1 : pas une étude GridCBA : ni un fichier d&apos;étude (son début ne correspond pas : fichier endommagé ou d&apos;un autre type) ni une étude JSON</translation>
    </message>
    <message>
        <source>cannot read the file&apos;s content: %1</source>
        <translation>impossible de lire le contenu du fichier : %1</translation>
    </message>
    <message>
        <source>the file is damaged: its content no longer matches the checksum stored when it was saved. Open a backup copy, or the autosaved copy if GridCBA offers one</source>
        <translation>le fichier est endommagé : son contenu ne correspond plus à la somme de contrôle enregistrée lors de sa sauvegarde. Ouvrez une copie de sauvegarde, ou la copie enregistrée automatiquement si GridCBA en propose une</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>cannot serialize the study: %1</source>
        <translation>impossible de sérialiser l&apos;étude : %1</translation>
    </message>
    <message>
        <source>no database</source>
        <translation>aucune base de données</translation>
    </message>
    <message>
        <source>not a GridCBA study: it has no readable schema version</source>
        <translation>pas une étude GridCBA : aucune version de schéma lisible</translation>
    </message>
    <message>
        <source>the study was saved by a newer GridCBA (file schema %1, this version reads up to %2); update GridCBA to open it</source>
        <extracomment>%1 is the schema version of the file, %2 the newest this version reads</extracomment>
        <translation>l&apos;étude a été enregistrée par une version plus récente de GridCBA (schéma de fichier %1, cette version lit jusqu&apos;au schéma %2) ; mettez GridCBA à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>migration of the study from schema %1 to %2 failed: %3</source>
        <extracomment>%1 and %2 are schema version numbers, %3 the database error</extracomment>
        <translation>la migration de l&apos;étude du schéma %1 vers le schéma %2 a échoué : %3</translation>
    </message>
    <message>
        <source>the study table is empty or unreadable</source>
        <translation>la table de l&apos;étude est vide ou illisible</translation>
    </message>
    <message>
        <source>cannot read the study: %1</source>
        <translation>impossible de lire l&apos;étude : %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>not a GridCBA study (not an SQLite database)</source>
        <translation>pas une étude GridCBA (pas une base de données SQLite)</translation>
    </message>
    <message>
        <source>the file is damaged or truncated: it holds %1 bytes where its header says %2. Open a backup copy, or the autosaved copy if GridCBA offers one</source>
        <extracomment>%1 and %2 are sizes in bytes</extracomment>
        <translation>le fichier est endommagé ou tronqué : il contient %1 octets alors que son en-tête en annonce %2. Ouvrez une copie de sauvegarde, ou la copie enregistrée automatiquement si GridCBA en propose une</translation>
    </message>
    <message>
        <source>cannot read the database: %1</source>
        <translation>impossible de lire la base de données : %1</translation>
    </message>
    <message>
        <source>the file is damaged or truncated (SQLite integrity check failed: %1)</source>
        <translation>le fichier est endommagé ou tronqué (échec du contrôle d&apos;intégrité SQLite : %1)</translation>
    </message>
    <message>
        <source>not a GridCBA study: it has no schema version</source>
        <translation>pas une étude GridCBA : aucune version de schéma</translation>
    </message>
    <message>
        <source>the study holds values GridCBA cannot evaluate:
</source>
        <extracomment>Followed by one line per problem</extracomment>
        <translation>l&apos;étude contient des valeurs que GridCBA ne peut pas évaluer :
</translation>
    </message>
    <message>
        <source>%1: cannot save: %2</source>
        <extracomment>%1 is the file name, %2 the reason</extracomment>
        <translation>%1 : impossible d&apos;enregistrer : %2</translation>
    </message>
    <message>
        <source>a whole number &gt;= 0 is expected</source>
        <translation>un nombre entier &gt;= 0 est attendu</translation>
    </message>
    <message>
        <source>hourly values are 8-byte numbers, but there are %1 bytes</source>
        <translation>les valeurs horaires sont des nombres de 8 octets, mais il y a %1 octets</translation>
    </message>
    <message>
        <source>a value is not a number (NaN) and cannot be saved (table %1, value %2); correct it and save again</source>
        <extracomment>%1 is a table of the study file, %2 the position of the value in its row</extracomment>
        <translation>une valeur n&apos;est pas un nombre (NaN) et ne peut pas être enregistrée (table %1, valeur %2) ; corrigez-la et enregistrez de nouveau</translation>
    </message>
    <message>
        <source>nothing (NULL)</source>
        <translation>rien (NULL)</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>des données binaires</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation>le texte « %1 »</translation>
    </message>
    <message>
        <source>%1 holds %2: %3</source>
        <extracomment>%1 is &quot;table.column&quot; of the study file, %2 the value found, %3 what is wrong</extracomment>
        <translation>%1 contient %2 : %3</translation>
    </message>
    <message>
        <source>a whole number is expected</source>
        <translation>un nombre entier est attendu</translation>
    </message>
    <message>
        <source>a number is expected</source>
        <translation>un nombre est attendu</translation>
    </message>
    <message>
        <source>not one of %1</source>
        <extracomment>%1 lists the allowed values</extracomment>
        <translation>aucun de %1</translation>
    </message>
    <message>
        <source>not a pollutant (nox, nh3, sox, pm25, pm10 or nmvoc)</source>
        <translation>pas un polluant (nox, nh3, sox, pm25, pm10 ou nmvoc)</translation>
    </message>
    <message>
        <source>the file is damaged or was edited outside GridCBA: %1</source>
        <extracomment>%1 names the table and column of the file and the value found</extracomment>
        <translation>le fichier est endommagé ou a été modifié hors de GridCBA : %1</translation>
    </message>
</context>
<context>
    <name>StudyLock</name>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <extracomment>%1 is the study file, %2 its folder</extracomment>
        <translation>%1 : le dossier %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1: cannot create the lock file %2: the folder is not writable</source>
        <extracomment>%1 is the study file, %2 the lock file</extracomment>
        <translation>%1 : impossible de créer le fichier de verrou %2 : le dossier n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>%1: cannot create the lock file %2</source>
        <translation>%1 : impossible de créer le fichier de verrou %2</translation>
    </message>
    <message>
        <source>%1: the study is in use by %2 (PID %3) on host &apos;%4&apos;. Close it there and try again; if that program is no longer running on that host, delete the lock file %5.</source>
        <extracomment>%1 study file, %2 program, %3 process id, %4 host name, %5 lock file</extracomment>
        <translation>%1 : l&apos;étude est utilisée par %2 (PID %3) sur l&apos;hôte &apos;%4&apos;. Fermez-la dans ce programme et réessayez ; si ce programme ne s&apos;exécute plus sur cet hôte, supprimez le fichier de verrou %5.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <source>%1: the study is locked by another program (lock file %2). Close it there and try again.</source>
        <extracomment>%1 study file, %2 lock file</extracomment>
        <translation>%1 : l&apos;étude est verrouillée par un autre programme (fichier de verrou %2). Fermez-la dans ce programme et réessayez.</translation>
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
        <translation>Scénario ascendant fondé sur les plans nationaux en matière d&apos;énergie et de climat.</translation>
    </message>
    <message>
        <source>Distributed Energy</source>
        <translation>Distributed Energy</translation>
    </message>
    <message>
        <source>Decentralised pathway to the EU climate targets: rooftop PV, prosumers, electrified heat.</source>
        <translation>Trajectoire décentralisée vers les objectifs climatiques de l&apos;UE : photovoltaïque en toiture, prosommateurs, chaleur électrifiée.</translation>
    </message>
    <message>
        <source>Global Ambition</source>
        <translation>Global Ambition</translation>
    </message>
    <message>
        <source>Centralised pathway to the EU climate targets: offshore wind, hydrogen imports, nuclear.</source>
        <translation>Trajectoire centralisée vers les objectifs climatiques de l&apos;UE : éolien en mer, importations d&apos;hydrogène, nucléaire.</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>The project no longer exists</source>
        <translation>Le projet n&apos;existe plus</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>year %1 is outside %2..%3</source>
        <translation>l&apos;année %1 est en dehors de %2..%3</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>doit être un nombre fini</translation>
    </message>
    <message>
        <source>must be a finite number &gt;= 0, got %1</source>
        <translation>doit être un nombre fini &gt;= 0, valeur trouvée : %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used twice; ids must be unique</source>
        <translation>&apos;%1&apos; est utilisé deux fois ; les identifiants doivent être uniques</translation>
    </message>
    <message>
        <source>must be a fraction between -1 and 1 (0.04 for 4 %), got %1</source>
        <translation>doit être une fraction comprise entre -1 et 1 (0.04 pour 4 %), valeur trouvée : %1</translation>
    </message>
    <message>
        <source>must be 1..100 years, got %1</source>
        <translation>doit être compris entre 1 et 100 ans, valeur trouvée : %1</translation>
    </message>
    <message>
        <source>must be in (0, 1], got %1</source>
        <translation>doit appartenir à (0, 1], valeur trouvée : %1</translation>
    </message>
    <message>
        <source>price index must be &gt; 0, got %1</source>
        <translation>l&apos;indice de prix doit être &gt; 0, valeur trouvée : %1</translation>
    </message>
    <message>
        <source>prices of %1 need deflator indices for %1 and for the price base year %2 in economics/deflator</source>
        <translation>les prix de %1 nécessitent des indices de déflateur pour %1 et pour l&apos;année de base des prix %2 dans economics/deflator</translation>
    </message>
    <message>
        <source>climate year %1 is listed twice</source>
        <translation>l&apos;année climatique %1 figure deux fois</translation>
    </message>
    <message>
        <source>weights must sum to 1, they sum to %1</source>
        <translation>la somme des pondérations doit être égale à 1 ; elle vaut %1</translation>
    </message>
    <message>
        <source>a scenario needs at least one study year</source>
        <translation>un scénario doit comporter au moins une année d&apos;étude</translation>
    </message>
    <message>
        <source>study years must be strictly ascending: %1 follows %2</source>
        <translation>les années d&apos;étude doivent être strictement croissantes : %1 suit %2</translation>
    </message>
    <message>
        <source>societal cost of carbon must satisfy low &lt;= central &lt;= high (%1 / %2 / %3)</source>
        <translation>le coût sociétal du carbone doit vérifier bas &lt;= central &lt;= haut (%1 / %2 / %3)</translation>
    </message>
    <message>
        <source>CAPEX range must satisfy low &lt;= central &lt;= high (%1 / %2 / %3)</source>
        <translation>la plage de CAPEX doit vérifier bas &lt;= central &lt;= haut (%1 / %2 / %3)</translation>
    </message>
    <message>
        <source>must be 1..200 years, got %1</source>
        <translation>doit être compris entre 1 et 200 ans, valeur trouvée : %1</translation>
    </message>
    <message>
        <source>CAPEX year %1 is listed twice</source>
        <translation>l&apos;année de CAPEX %1 figure deux fois</translation>
    </message>
    <message>
        <source>CAPEX in %1 falls after the assessment period, which ends in %2</source>
        <translation>le CAPEX de %1 tombe après la période d&apos;évaluation, qui se termine en %2</translation>
    </message>
    <message>
        <source>a CAPEX lump sum without phasing needs constructionYears &gt;= 1</source>
        <translation>un CAPEX forfaitaire sans échelonnement nécessite constructionYears &gt;= 1</translation>
    </message>
    <message>
        <source>give OPEX either in €/yr or as a share of CAPEX, not both</source>
        <translation>indiquez l&apos;OPEX soit en €/yr, soit en part du CAPEX, mais pas les deux</translation>
    </message>
    <message>
        <source>no scenario with id &apos;%1&apos; in this study</source>
        <translation>aucun scénario d&apos;identifiant &apos;%1&apos; dans cette étude</translation>
    </message>
    <message>
        <source>%1 is not a study year of scenario &apos;%2&apos;</source>
        <translation>%1 n&apos;est pas une année d&apos;étude du scénario &apos;%2&apos;</translation>
    </message>
    <message>
        <source>inputs for scenario &apos;%1&apos;, year %2 are given twice</source>
        <translation>les données du scénario &apos;%1&apos;, année %2, sont indiquées deux fois</translation>
    </message>
    <message>
        <source>a project needs at least one investment</source>
        <translation>un projet doit comporter au moins un investissement</translation>
    </message>
    <message>
        <source>a border needs both zones</source>
        <translation>une frontière nécessite ses deux zones</translation>
    </message>
    <message>
        <source>a border joins two different zones</source>
        <translation>une frontière relie deux zones différentes</translation>
    </message>
    <message>
        <source>a cost share is a fraction in [0, 1], got %1</source>
        <translation>une part des coûts est une fraction dans [0, 1], valeur trouvée : %1</translation>
    </message>
    <message>
        <source>cost shares must sum to 1, they sum to %1</source>
        <translation>la somme des parts des coûts doit être égale à 1 ; elle vaut %1</translation>
    </message>
    <message>
        <source>run ids are unique whole numbers &gt;= 1, got %1</source>
        <translation>les identifiants de calcul sont des nombres entiers uniques &gt;= 1, valeur trouvée : %1</translation>
    </message>
    <message>
        <source>must be &quot;sweep&quot; or &quot;montecarlo&quot;, got &quot;%1&quot;</source>
        <translation>doit être &quot;sweep&quot; ou &quot;montecarlo&quot;, trouvé : &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no project with id &apos;%1&apos; in this study</source>
        <translation>aucun projet d&apos;identifiant &apos;%1&apos; dans cette étude</translation>
    </message>
    <message>
        <source>a power system needs at least one zone</source>
        <translation>un système électrique doit comporter au moins une zone</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a zone of this power system</source>
        <translation>&apos;%1&apos; n&apos;est pas une zone de ce système électrique</translation>
    </message>
    <message>
        <source>must name a profile</source>
        <translation>doit désigner un profil</translation>
    </message>
    <message>
        <source>there is no profile &apos;%1&apos; in the study</source>
        <translation>il n&apos;y a pas de profil &apos;%1&apos; dans l&apos;étude</translation>
    </message>
    <message>
        <source>must be a fraction in [0, 1], got %1</source>
        <translation>doit être une fraction dans [0, 1], valeur trouvée : %1</translation>
    </message>
    <message>
        <source>must be a fraction in (0, 1], got %1</source>
        <translation>doit être une fraction dans (0, 1], valeur trouvée : %1</translation>
    </message>
    <message>
        <source>must not be empty (ISO code such as DE)</source>
        <translation>ne doit pas être vide (code ISO tel que DE)</translation>
    </message>
    <message>
        <source>must be a number &gt; 0, got %1</source>
        <translation>doit être un nombre &gt; 0, valeur trouvée : %1</translation>
    </message>
    <message>
        <source>%1–%2 is given twice; give one border per pair of zones with both directions</source>
        <translation>%1–%2 est indiqué deux fois ; indiquez une seule frontière par paire de zones, avec les deux sens</translation>
    </message>
    <message>
        <source>must be a fraction in [0, %1], got %2</source>
        <translation>doit être une fraction dans [0, %1], valeur trouvée : %2</translation>
    </message>
    <message>
        <source>must name a fuel</source>
        <translation>doit désigner un combustible</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no fuel price in scenario &apos;%2&apos;, study year %3</source>
        <translation>&apos;%1&apos; n&apos;a pas de prix du combustible dans le scénario &apos;%2&apos;, année d&apos;étude %3</translation>
    </message>
    <message>
        <source>must be a whole number 1..100000, got %1</source>
        <translation>doit être un nombre entier compris entre 1 et 100000, valeur trouvée : %1</translation>
    </message>
    <message>
        <source>must be a fraction in [0, 1), got %1</source>
        <translation>doit être une fraction dans [0, 1), valeur trouvée : %1</translation>
    </message>
    <message>
        <source>must be in (0, 8760] hours, got %1</source>
        <translation>doit appartenir à (0, 8760] heures, valeur trouvée : %1</translation>
    </message>
    <message>
        <source>must be a whole number 0..100000, got %1</source>
        <translation>doit être un nombre entier compris entre 0 et 100000, valeur trouvée : %1</translation>
    </message>
    <message>
        <source>must be between 1e-12 and 1e-5, got %1</source>
        <translation>doit être compris entre 1e-12 et 1e-5, valeur trouvée : %1</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; is given twice for climate year %2</source>
        <translation>le profil &apos;%1&apos; est indiqué deux fois pour l&apos;année climatique %2</translation>
    </message>
    <message>
        <source>must have %1 hourly values (one year), got %2</source>
        <translation>doit comporter %1 valeurs horaires (une année), en comporte %2</translation>
    </message>
    <message>
        <source>hour %1: must be a finite number &gt;= 0, got %2</source>
        <translation>heure %1 : doit être un nombre fini &gt;= 0, valeur trouvée : %2</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos;, study year %2 has two power systems</source>
        <translation>le scénario &apos;%1&apos;, année d&apos;étude %2, comporte deux systèmes électriques</translation>
    </message>
    <message>
        <source>%1 is implausibly large (at most %2 in size is accepted); check the unit</source>
        <extracomment>%1 is the value found, %2 the largest value accepted</extracomment>
        <translation>%1 est d&apos;une grandeur invraisemblable (au plus %2 est accepté) ; vérifiez l&apos;unité</translation>
    </message>
    <message>
        <source>hour %1: %2 is not a relative value (a profile holds factors of about 1, at most %3); was it given in MW?</source>
        <extracomment>%3 is the largest value accepted</extracomment>
        <translation>heure %1 : %2 n&apos;est pas une valeur relative (un profil contient des facteurs d&apos;environ 1, au plus %3) ; a-t-il été saisi en MW ?</translation>
    </message>
    <message>
        <source>price index must be between 1e-06 and 1e+06, got %1</source>
        <translation>l&apos;indice des prix doit être compris entre 1e-06 et 1e+06, trouvé %1</translation>
    </message>
    <message>
        <source>a study needs at least one scenario</source>
        <translation>une étude doit avoir au moins un scénario</translation>
    </message>
</context>
<context>
    <name>gridcba::indicators</name>
    <message>
        <source>Socio-economic welfare (B1)</source>
        <translation>Bien-être socio-économique (B1)</translation>
    </message>
    <message>
        <source>Welfare (B1)</source>
        <translation>Bien-être (B1)</translation>
    </message>
    <message>
        <source>Gain in consumer and producer surplus and congestion rent that the project brings, from market simulations with and without it.</source>
        <translation>Gain de surplus du consommateur et du producteur et de rente de congestion apporté par le projet, d&apos;après des simulations de marché avec et sans celui-ci.</translation>
    </message>
    <message>
        <source>CO2 emissions beyond market price (B2)</source>
        <translation>Émissions de CO2 au-delà du prix de marché (B2)</translation>
    </message>
    <message>
        <source>CO2 emissions (B2)</source>
        <translation>Émissions de CO2 (B2)</translation>
    </message>
    <message>
        <source>Change of CO2 emissions valued at the societal cost of carbon minus the CO2 price already paid in the market (and so counted in B1).</source>
        <translation>Variation des émissions de CO2 valorisée au coût sociétal du carbone, diminué du prix du CO2 déjà payé sur le marché (et donc compté dans B1).</translation>
    </message>
    <message>
        <source>Grid losses (B5)</source>
        <translation>Pertes réseau (B5)</translation>
    </message>
    <message>
        <source>Cost of the change in transmission losses; negative when the project increases losses.</source>
        <translation>Coût de la variation des pertes de transport ; négatif lorsque le projet augmente les pertes.</translation>
    </message>
    <message>
        <source>Adequacy (B6)</source>
        <translation>Adéquation (B6)</translation>
    </message>
    <message>
        <source>Reduction of expected energy not served, valued at the value of lost load.</source>
        <translation>Réduction de l&apos;espérance d&apos;énergie non distribuée, valorisée à la valeur de l&apos;énergie non distribuée.</translation>
    </message>
    <message>
        <source>Reserves (B9)</source>
        <translation>Réserves (B9)</translation>
    </message>
    <message>
        <source>Reserve capacity that no longer needs to be procured thanks to the project, valued at the reserve cost.</source>
        <translation>Capacité de réserve qu&apos;il n&apos;est plus nécessaire d&apos;acquérir grâce au projet, valorisée au coût des réserves.</translation>
    </message>
    <message>
        <source>Other benefits</source>
        <translation>Autres bénéfices</translation>
    </message>
    <message>
        <source>Benefits entered by the promoter and counted in the NPV, such as avoided renewal of assets or redispatch savings.</source>
        <translation>Bénéfices saisis par le promoteur et comptés dans la VAN, tels que le renouvellement d&apos;actifs évité ou les économies de redispatching.</translation>
    </message>
    <message>
        <source>Non-CO2 emissions (B4, not in NPV)</source>
        <translation>Émissions hors CO2 (B4, hors VAN)</translation>
    </message>
    <message>
        <source>Non-CO2 emissions (B4)</source>
        <translation>Émissions hors CO2 (B4)</translation>
    </message>
    <message>
        <source>Change of NOx, SOx, NH3, particulate and NMVOC emissions valued at their damage costs; shown apart and not included in the NPV or B/C ratio.</source>
        <translation>Variation des émissions de NOx, SOx, NH3, particules et COVNM valorisée à leurs coûts des dommages ; présentée à part et non incluse dans la VAN ni dans le ratio B/C.</translation>
    </message>
    <message>
        <source>NOx emissions (B4a)</source>
        <translation>Émissions de NOx (B4a)</translation>
    </message>
    <message>
        <source>NH3 emissions (B4b)</source>
        <translation>Émissions de NH3 (B4b)</translation>
    </message>
    <message>
        <source>SOx emissions (B4c)</source>
        <translation>Émissions de SOx (B4c)</translation>
    </message>
    <message>
        <source>PM2.5 emissions (B4d)</source>
        <translation>Émissions de PM2.5 (B4d)</translation>
    </message>
    <message>
        <source>PM10 emissions (B4e)</source>
        <translation>Émissions de PM10 (B4e)</translation>
    </message>
    <message>
        <source>NMVOC emissions (B4f)</source>
        <translation>Émissions de COVNM (B4f)</translation>
    </message>
    <message>
        <source>monetised</source>
        <translation>monétisé</translation>
    </message>
    <message>
        <source>quantified</source>
        <translation>quantifié</translation>
    </message>
    <message>
        <source>qualitative</source>
        <translation>qualitatif</translation>
    </message>
    <message>
        <source>€/yr (%1 prices)</source>
        <translation>€/yr (prix de %1)</translation>
    </message>
    <message>
        <source>t/yr</source>
        <translation>t/yr</translation>
    </message>
    <message>
        <source>Avoided RES curtailment (B3)</source>
        <translation>Écrêtement RES évité (B3)</translation>
    </message>
    <message>
        <source>MWh/yr</source>
        <translation>MWh/yr</translation>
    </message>
    <message>
        <source>RES connected (B3)</source>
        <translation>RES raccordées (B3)</translation>
    </message>
    <message>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <source>Non-CO2 emissions at damage cost (B4, not in NPV)</source>
        <translation>Émissions hors CO2 au coût des dommages (B4, hors VAN)</translation>
    </message>
    <message>
        <source>Expected energy not served (B6)</source>
        <translation>Espérance d&apos;énergie non distribuée (B6)</translation>
    </message>
    <message>
        <source>Loss of load expectation (B6)</source>
        <translation>Espérance de défaillance (B6)</translation>
    </message>
    <message>
        <source>h/yr</source>
        <translation>h/yr</translation>
    </message>
    <message>
        <source>%1 (not in NPV)</source>
        <translation>%1 (hors VAN)</translation>
    </message>
    <message>
        <source>Other benefits in the NPV, total</source>
        <translation>Autres bénéfices dans la VAN, total</translation>
    </message>
    <message>
        <source>Flexibility</source>
        <translation>Flexibilité</translation>
    </message>
    <message>
        <source>Frequency stability</source>
        <translation>Stabilité de fréquence</translation>
    </message>
    <message>
        <source>Voltage stability</source>
        <translation>Stabilité de tension</translation>
    </message>
    <message>
        <source>Transient stability</source>
        <translation>Stabilité transitoire</translation>
    </message>
    <message>
        <source>Black-start capability</source>
        <translation>Capacité de démarrage autonome</translation>
    </message>
    <message>
        <source>Residual environmental impact</source>
        <translation>Impact environnemental résiduel</translation>
    </message>
    <message>
        <source>Residual social impact</source>
        <translation>Impact social résiduel</translation>
    </message>
    <message>
        <source>Other residual impact</source>
        <translation>Autre impact résiduel</translation>
    </message>
</context>
<context>
    <name>gridcba::io</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>a quoted field opened here is not closed (a &quot; is missing)</source>
        <translation>un champ entre guillemets ouvert ici n&apos;est pas fermé (il manque un &quot;)</translation>
    </message>
    <message>
        <source>the text is not UTF-8; save the file as “CSV UTF-8”</source>
        <translation>le texte n&apos;est pas en UTF-8 ; enregistrez le fichier au format « CSV UTF-8 »</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <extracomment>%1 file name, %2 line number, %3 what is wrong</extracomment>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1 line %2, column %3: %4</source>
        <extracomment>%1 file name, %2 line number, %3 column name, %4 what is wrong</extracomment>
        <translation>%1, ligne %2, colonne %3 : %4</translation>
    </message>
    <message>
        <source>The climate year must be 0 (every climate year) or between %1 and %2, not %3</source>
        <translation>L&apos;année climatique doit être 0 (toutes les années climatiques) ou comprise entre %1 et %2, et non %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the first column must be “hour”, then one column per profile (hour,load_DE,pv_DE,…); found “%1”</source>
        <translation>la première colonne doit être « hour », suivie d&apos;une colonne par profil (hour,load_DE,pv_DE,…) ; trouvé : « %1 »</translation>
    </message>
    <message>
        <source>no profile columns: add one column per profile after “hour”</source>
        <translation>aucune colonne de profil : ajoutez une colonne par profil après « hour »</translation>
    </message>
    <message>
        <source>column %1 has no profile id</source>
        <translation>la colonne %1 n&apos;a pas d&apos;identifiant de profil</translation>
    </message>
    <message>
        <source>the profile id “%1” is given twice</source>
        <translation>l&apos;identifiant de profil « %1 » est indiqué deux fois</translation>
    </message>
    <message>
        <source>the file has %1 data rows; a profile needs %2 (one per hour of the year, or %3 for a leap year)</source>
        <translation>le fichier comporte %1 lignes de données ; un profil en nécessite %2 (une par heure de l&apos;année, ou %3 pour une année bissextile)</translation>
    </message>
    <message>
        <source>%1 cells, but the header names %2 columns</source>
        <translation>%1 cellules, mais l&apos;en-tête nomme %2 colonnes</translation>
    </message>
    <message>
        <source>“%1” is not a whole number; the hour column counts 0, 1, 2, … or 1, 2, 3, …</source>
        <translation>« %1 » n&apos;est pas un nombre entier ; la colonne des heures compte 0, 1, 2, … ou 1, 2, 3, …</translation>
    </message>
    <message>
        <source>the first hour must be 0 or 1, not %1</source>
        <translation>la première heure doit être 0 ou 1, et non %1</translation>
    </message>
    <message>
        <source>expected hour %1, found %2: rows must be one per hour, in order</source>
        <translation>heure %1 attendue, %2 trouvée : il faut une ligne par heure, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>the value is missing</source>
        <translation>la valeur est manquante</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>« %1 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1 is negative; profile values are 0 or more</source>
        <translation>%1 est négatif ; les valeurs de profil sont supérieures ou égales à 0</translation>
    </message>
    <message>
        <source>%1: %2 more errors not listed</source>
        <translation>%1 : %2 autres erreurs non listées</translation>
    </message>
    <message>
        <source>%1 has %2 hours (a leap year): the 24 hours of 29 February (lines %3–%4) were dropped, so every profile has %5 hours</source>
        <translation>%1 compte %2 heures (année bissextile) : les 24 heures du 29 février (lignes %3–%4) ont été supprimées, de sorte que chaque profil compte %5 heures</translation>
    </message>
    <message>
        <source>the file has more than %1 data rows; a profile needs %2 (one per hour of the year, or %1 for a leap year)</source>
        <translation>le fichier a plus de %1 lignes de données ; un profil en demande %2 (une par heure de l&apos;année, ou %1 pour une année bissextile)</translation>
    </message>
</context>
<context>
    <name>gridcba::io::tables</name>
    <message>
        <source>parameters</source>
        <translation>paramètres</translation>
    </message>
    <message>
        <source>Every economic and scenario parameter of the study</source>
        <translation>Tous les paramètres économiques et de scénario de l&apos;étude</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>study</source>
        <translation>étude</translation>
    </message>
    <message>
        <source>Price base year</source>
        <translation>Année de base des prix</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>Discount rate (real)</source>
        <translation>Taux d&apos;actualisation (réel)</translation>
    </message>
    <message>
        <source>fraction/yr</source>
        <translation>fraction/yr</translation>
    </message>
    <message>
        <source>Discounting year t0</source>
        <translation>Année d&apos;actualisation t0</translation>
    </message>
    <message>
        <source>Operating years assessed N</source>
        <translation>Années d&apos;exploitation évaluées N</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>Residual value method</source>
        <translation>Méthode de la valeur résiduelle</translation>
    </message>
    <message>
        <source>B/C ratio definition</source>
        <translation>Définition du ratio B/C</translation>
    </message>
    <message>
        <source>Share of the commissioning year assessed</source>
        <translation>Part de l&apos;année de mise en service évaluée</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>fraction</translation>
    </message>
    <message>
        <source>Deflator index</source>
        <translation>Indice du déflateur</translation>
    </message>
    <message>
        <source>Conversion factor to %1 prices</source>
        <translation>Facteur de conversion aux prix de %1</translation>
    </message>
    <message>
        <source>Price year</source>
        <translation>Année de prix</translation>
    </message>
    <message>
        <source>Climate-year weight</source>
        <translation>Pondération de l&apos;année climatique</translation>
    </message>
    <message>
        <source>€/t, %1 prices</source>
        <translation>€/t, prix de %1</translation>
    </message>
    <message>
        <source>Market CO2 price</source>
        <translation>Prix du CO2 du marché</translation>
    </message>
    <message>
        <source>Societal cost of carbon, low</source>
        <translation>Coût sociétal du carbone, bas</translation>
    </message>
    <message>
        <source>Societal cost of carbon, central</source>
        <translation>Coût sociétal du carbone, central</translation>
    </message>
    <message>
        <source>Societal cost of carbon, high</source>
        <translation>Coût sociétal du carbone, haut</translation>
    </message>
    <message>
        <source>Value of lost load</source>
        <translation>Valeur de l&apos;énergie non distribuée</translation>
    </message>
    <message>
        <source>€/MWh, %1 prices</source>
        <translation>€/MWh, prix de %1</translation>
    </message>
    <message>
        <source>Reserve cost</source>
        <translation>Coût des réserves</translation>
    </message>
    <message>
        <source>€/MW/yr, %1 prices</source>
        <translation>€/MW/yr, prix de %1</translation>
    </message>
    <message>
        <source>Damage cost %1 (%2)</source>
        <translation>Coût des dommages %1 (%2)</translation>
    </message>
    <message>
        <source>Fuel price %1</source>
        <translation>Prix du combustible %1</translation>
    </message>
    <message>
        <source>€/MWh of fuel, %1 prices</source>
        <translation>€/MWh de combustible, prix de %1</translation>
    </message>
    <message>
        <source>€, %1 prices</source>
        <translation>€, prix de %1</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>synthèse</translation>
    </message>
    <message>
        <source>NPV, B/C ratio and economic IRR of each project in each assessed scenario</source>
        <translation>VAN, ratio B/C et TRI économique de chaque projet dans chaque scénario évalué</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nom du projet</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>Nom du scénario</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>VAN</translation>
    </message>
    <message>
        <source>B/C ratio</source>
        <translation>Ratio B/C</translation>
    </message>
    <message>
        <source>Economic IRR</source>
        <translation>TRI économique</translation>
    </message>
    <message>
        <source>IRR outcome</source>
        <translation>Résultat du TRI</translation>
    </message>
    <message>
        <source>results</source>
        <translation>résultats</translation>
    </message>
    <message>
        <source>Present values, NPV, B/C ratio and IRR of project %1, per scenario</source>
        <translation>Valeurs actuelles, VAN, ratio B/C et TRI du projet %1, par scénario</translation>
    </message>
    <message>
        <source>PV %1</source>
        <translation>VA %1</translation>
    </message>
    <message>
        <source>PV headline benefits</source>
        <translation>VA bénéfices principaux</translation>
    </message>
    <message>
        <source>PV residual value</source>
        <translation>VA valeur résiduelle</translation>
    </message>
    <message>
        <source>PV CAPEX</source>
        <translation>VA CAPEX</translation>
    </message>
    <message>
        <source>PV OPEX</source>
        <translation>VA OPEX</translation>
    </message>
    <message>
        <source>PV decommissioning</source>
        <translation>VA démantèlement</translation>
    </message>
    <message>
        <source>NPV, SCC low</source>
        <translation>VAN, SCC bas</translation>
    </message>
    <message>
        <source>NPV, SCC high</source>
        <translation>VAN, SCC haut</translation>
    </message>
    <message>
        <source>NPV, CAPEX low</source>
        <translation>VAN, CAPEX bas</translation>
    </message>
    <message>
        <source>NPV, CAPEX high</source>
        <translation>VAN, CAPEX haut</translation>
    </message>
    <message>
        <source>cash flows</source>
        <translation>flux de trésorerie</translation>
    </message>
    <message>
        <source>Yearly cash flows of project %1 per scenario; NPV = Σ net cash flow × discount factor, discount factor = 1 / (1 + %2)^(year − %3)</source>
        <translation>Flux de trésorerie annuels du projet %1 par scénario ; VAN = Σ flux de trésorerie net × facteur d&apos;actualisation, facteur d&apos;actualisation = 1 / (1 + %2)^(année − %3)</translation>
    </message>
    <message>
        <source>Headline benefits</source>
        <translation>Bénéfices principaux</translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation>Valeur résiduelle</translation>
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
        <translation>Démantèlement</translation>
    </message>
    <message>
        <source>Net cash flow</source>
        <translation>Flux de trésorerie net</translation>
    </message>
    <message>
        <source>Discount factor</source>
        <translation>Facteur d&apos;actualisation</translation>
    </message>
    <message>
        <source>Discounted net cash flow</source>
        <translation>Flux de trésorerie net actualisé</translation>
    </message>
    <message>
        <source>indicators</source>
        <translation>indicateurs</translation>
    </message>
    <message>
        <source>Indicator inputs of project %1 per scenario and study year, with the monetised values the evaluation used</source>
        <translation>Données d&apos;indicateurs du projet %1 par scénario et année d&apos;étude, avec les valeurs monétisées utilisées par l&apos;évaluation</translation>
    </message>
    <message>
        <source>Study year</source>
        <translation>Année d&apos;étude</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Quantity unit</source>
        <translation>Unité de quantité</translation>
    </message>
    <message>
        <source>Monetised</source>
        <translation>Monétisé</translation>
    </message>
    <message>
        <source>€/yr, %1 prices</source>
        <translation>€/yr, prix de %1</translation>
    </message>
    <message>
        <source>Reliability class</source>
        <translation>Classe de fiabilité</translation>
    </message>
    <message>
        <source>In headline NPV</source>
        <translation>Dans la VAN principale</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>saisi</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>calculé</translation>
    </message>
    <message>
        <source>cost bearers</source>
        <translation>payeurs</translation>
    </message>
    <message>
        <source>Present value of the costs of project %1 borne by each country (share × PV; costs do not depend on the scenario)</source>
        <translation>Valeur actuelle des coûts du projet %1 supportés par chaque pays (part × VA ; les coûts ne dépendent pas du scénario)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Cost share</source>
        <translation>Part des coûts</translation>
    </message>
    <message>
        <source>PV CAPEX borne</source>
        <translation>VA CAPEX supporté</translation>
    </message>
    <message>
        <source>PV OPEX borne</source>
        <translation>VA OPEX supporté</translation>
    </message>
    <message>
        <source>PV decommissioning borne</source>
        <translation>VA démantèlement supporté</translation>
    </message>
    <message>
        <source>PV costs borne</source>
        <translation>VA coûts supportés</translation>
    </message>
</context>
<context>
    <name>gridcba::report::NumberFormat</name>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage; %1 is the number already formatted for the locale.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>several: %1</source>
        <translation>plusieurs : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>gridcba::report::Renderer</name>
    <message>
        <source> (continued)</source>
        <translation> (suite)</translation>
    </message>
</context>
<context>
    <name>gridcba::report::Report</name>
    <message>
        <source>Cost-benefit analysis report</source>
        <translation>Rapport d&apos;analyse coûts-bénéfices</translation>
    </message>
    <message>
        <source>Project %1 · %2 · commissioning %3</source>
        <translation>Projet %1 · %2 · mise en service %3</translation>
    </message>
    <message numerus="yes">
        <source>Whole study · %n project(s)</source>
        <translation>
            <numerusform>Étude complète · %n projet</numerusform>
            <numerusform>Étude complète · %n projets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Unité monétaire</translation>
    </message>
    <message>
        <source>real € of %1, discounted at %2 to %3</source>
        <translation>€ réels de %1, actualisés au taux de %2 à l&apos;année %3</translation>
    </message>
    <message>
        <source>Study file</source>
        <translation>Fichier d&apos;étude</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Date de génération</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>GridCBA %1</source>
        <translation>GridCBA %1</translation>
    </message>
    <message>
        <source>Prepared with GridCBA following the ENTSO-E guideline for cost-benefit analysis of grid development projects (4th edition). The figures can be traced to the study file by its SHA-256 checksum (Traceability annex).</source>
        <translation>Établi avec GridCBA conformément à la ligne directrice ENTSO-E pour l&apos;analyse coûts-bénéfices des projets de développement du réseau (4e édition). Les chiffres peuvent être rattachés au fichier d&apos;étude grâce à sa somme de contrôle SHA-256 (annexe Traçabilité).</translation>
    </message>
    <message>
        <source>Summary of results</source>
        <translation>Synthèse des résultats</translation>
    </message>
    <message>
        <source>Headline results of every project in every assessed scenario, in %1, discounted at %2 to %3.</source>
        <translation>Principaux résultats de chaque projet dans chaque scénario évalué, en %1, actualisés au taux de %2 à l&apos;année %3.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>NPV (%1)</source>
        <translation>VAN (%1)</translation>
    </message>
    <message>
        <source>B/C ratio</source>
        <translation>Ratio B/C</translation>
    </message>
    <message>
        <source>Economic IRR</source>
        <translation>TRI économique</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>non calculé</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>NPV, B/C ratio and economic IRR per project and scenario</source>
        <translation>VAN, ratio B/C et TRI économique par projet et par scénario</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Study report</source>
        <translation>Rapport d&apos;étude</translation>
    </message>
    <message>
        <source>GridCBA %1 · %2</source>
        <translation>GridCBA %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Project %1: %2</source>
        <translation>Projet %1 : %2</translation>
    </message>
    <message>
        <source>Yearly cash flows</source>
        <translation>Flux de trésorerie annuels</translation>
    </message>
    <message>
        <source>GridCBA</source>
        <translation>GridCBA</translation>
    </message>
    <message>
        <source>Table %1: %2</source>
        <translation>Tableau %1 : %2</translation>
    </message>
    <message>
        <source>Figure %1: %2</source>
        <translation>Figure %1 : %2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>M€ of %1</source>
        <translation>M€ de %1</translation>
    </message>
    <message>
        <source>Interconnector</source>
        <translation>Interconnexion</translation>
    </message>
    <message>
        <source>Internal reinforcement</source>
        <translation>Renforcement interne</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Other project</source>
        <translation>Autre projet</translation>
    </message>
    <message>
        <source>none in [%1, %2]</source>
        <translation>aucun dans [%1, %2]</translation>
    </message>
    <message>
        <source>The stored results of run &quot;%1&quot; cannot be read: %2</source>
        <translation>Les résultats enregistrés du calcul « %1 » ne peuvent pas être lus : %2</translation>
    </message>
    <message>
        <source>Sweep &quot;%1&quot;, run %2 with %3. Each input is moved over its range with every other input at the study&apos;s value; the switching value is where NPV = 0 (B/C = 1). Input units: fraction, factor on the study&apos;s value, or years.</source>
        <translation>Balayage « %1 », calcul %2 avec %3. Chaque donnée d&apos;entrée varie sur sa plage, toutes les autres restant à leur valeur de l&apos;étude ; la valeur de basculement est celle pour laquelle VAN = 0 (B/C = 1). Unités des données d&apos;entrée : fraction, facteur sur la valeur de l&apos;étude, ou années.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Donnée d&apos;entrée</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bas</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haut</translation>
    </message>
    <message>
        <source>NPV at low
(%1)</source>
        <translation>VAN (bas)
(%1)</translation>
    </message>
    <message>
        <source>NPV at high
(%1)</source>
        <translation>VAN (haut)
(%1)</translation>
    </message>
    <message>
        <source>NPV = 0 at</source>
        <translation>VAN = 0 à</translation>
    </message>
    <message>
        <source>B/C = 1 at</source>
        <translation>B/C = 1 à</translation>
    </message>
    <message>
        <source>Tornado and switching values, scenario %1 (base NPV %2 %3)</source>
        <translation>Tornade et valeurs de basculement, scénario %1 (VAN de base %2 %3)</translation>
    </message>
    <message>
        <source>Commissioning year</source>
        <translation>Année de mise en service</translation>
    </message>
    <message>
        <source>NPV against the commissioning year, scenario %1</source>
        <translation>VAN en fonction de l&apos;année de mise en service, scénario %1</translation>
    </message>
    <message>
        <source>The stored run &quot;%1&quot; cannot be read: %2</source>
        <translation>Le calcul enregistré « %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Monte Carlo &quot;%1&quot;, run %2 with %3: %4 samples, seed %5. The indicator inputs are held fixed; the same draw is evaluated in every scenario.</source>
        <translation>Monte-Carlo « %1 », calcul %2 avec %3 : %4 tirages, graine %5. Les données d&apos;indicateurs restent fixes ; le même tirage est évalué dans chaque scénario.</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>min %1, mode %2, max %3</source>
        <translation>min %1, mode %2, max %3</translation>
    </message>
    <message>
        <source>min %1, max %2</source>
        <translation>min %1, max %2</translation>
    </message>
    <message>
        <source>mean %1, standard deviation %2</source>
        <translation>moyenne %1, écart type %2</translation>
    </message>
    <message>
        <source>Rank correlation</source>
        <translation>Corrélation de rang</translation>
    </message>
    <message>
        <source>Inputs of Monte Carlo run &quot;%1&quot;</source>
        <translation>Données d&apos;entrée du calcul Monte-Carlo « %1 »</translation>
    </message>
    <message>
        <source>NPV P10
(%1)</source>
        <translation>VAN P10
(%1)</translation>
    </message>
    <message>
        <source>NPV P50
(%1)</source>
        <translation>VAN P50
(%1)</translation>
    </message>
    <message>
        <source>NPV P90
(%1)</source>
        <translation>VAN P90
(%1)</translation>
    </message>
    <message>
        <source>P(NPV &gt; 0)</source>
        <translation>P(VAN &gt; 0)</translation>
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
        <translation>Distribution de la VAN et du B/C du calcul Monte-Carlo « %1 »</translation>
    </message>
    <message>
        <source>Sensitivity and Monte Carlo analyses</source>
        <translation>Analyses de sensibilité et de Monte-Carlo</translation>
    </message>
    <message>
        <source>No sensitivity analysis (one-at-a-time sweep, tornado or switching value) is stored in this study for project %1.</source>
        <translation>Aucune analyse de sensibilité (balayage d&apos;un paramètre à la fois, tornade ou valeur de basculement) n&apos;est enregistrée dans cette étude pour le projet %1.</translation>
    </message>
    <message>
        <source>No Monte Carlo analysis is stored in this study for project %1, so no distribution of the NPV (P10, P50, P90, probability of a positive NPV) is given.</source>
        <translation>Aucune analyse de Monte-Carlo n&apos;est enregistrée dans cette étude pour le projet %1 ; aucune distribution de la VAN (P10, P50, P90, probabilité d&apos;une VAN positive) n&apos;est donc fournie.</translation>
    </message>
    <message>
        <source>The NPV at the low and high societal cost of carbon and at the low and high ends of the CAPEX range, each with every other input at its central value, is given in the chapter Economic evaluation.</source>
        <translation>La VAN au coût sociétal du carbone bas et haut et aux bornes basse et haute de la plage de CAPEX, chaque fois avec toutes les autres données d&apos;entrée à leur valeur centrale, figure au chapitre Évaluation économique.</translation>
    </message>
    <message>
        <source>Yearly cash flows of project %1</source>
        <translation>Flux de trésorerie annuels du projet %1</translation>
    </message>
    <message>
        <source>No cash flows: the project is not evaluated.</source>
        <translation>Aucun flux de trésorerie : le projet n&apos;est pas évalué.</translation>
    </message>
    <message>
        <source>All values in %1 per year. Discount factor = 1 / (1 + %2)^(year − %3). NPV = Σ net cash flow × discount factor. Headline benefits are B1, B2, B5, B6, B9 and other benefits; B4 is not included. The same table is exported with full precision (File &gt; Export Tables).</source>
        <translation>Toutes les valeurs en %1 par an. Facteur d&apos;actualisation = 1 / (1 + %2)^(année − %3). VAN = Σ flux de trésorerie net × facteur d&apos;actualisation. Les bénéfices principaux sont B1, B2, B5, B6, B9 et les autres bénéfices ; B4 n&apos;est pas inclus. Le même tableau est exporté en pleine précision (Fichier &gt; Exporter les tableaux).</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Headline benefits (M€)</source>
        <translation>Bénéfices principaux (M€)</translation>
    </message>
    <message>
        <source>Residual value (M€)</source>
        <translation>Valeur résiduelle (M€)</translation>
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
        <translation>Démantè- lement (M€)</translation>
    </message>
    <message>
        <source>Net cash flow (M€)</source>
        <translation>Flux de trésorerie net (M€)</translation>
    </message>
    <message>
        <source>Discount factor</source>
        <translation>Facteur d&apos;actualisation</translation>
    </message>
    <message>
        <source>Discounted net (M€)</source>
        <translation>Flux net actualisé (M€)</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>VAN</translation>
    </message>
    <message>
        <source>Yearly cash flows of project %1 in scenario %2 (%3)</source>
        <translation>Flux de trésorerie annuels du projet %1 dans le scénario %2 (%3)</translation>
    </message>
    <message>
        <source>Signs follow the guideline. B1, B3, B5 in €, B9 and other benefits are positive when the project brings a benefit. B2 (ΔCO2), B4 (Δ pollutants), B5 (Δ losses) and B6 (ΔEENS, ΔLOLE) are &quot;with minus without&quot; the project, so a negative value is a reduction. Monetised values are those the evaluation used, in M€ of %1 per year: B2 = −ΔCO2 × (central societal cost of carbon − market CO2 price), only the carbon value beyond the CO2 price already inside B1; B6 = −ΔEENS × VOLL; B9 = reserve avoided × reserve cost; B4 at damage costs is shown apart and is not in the NPV. Quantified indicators (B3, LOLE, losses in MWh) are shown beside the monetised ones and never added to them.</source>
        <translation>Les signes suivent la ligne directrice. B1, B3, B5 en €, B9 et les autres bénéfices sont positifs lorsque le projet apporte un bénéfice. B2 (ΔCO2), B4 (Δ polluants), B5 (Δ pertes) et B6 (ΔEENS, ΔLOLE) sont calculés « avec moins sans » le projet ; une valeur négative est donc une réduction. Les valeurs monétisées sont celles utilisées par l&apos;évaluation, en M€ de %1 par an : B2 = −ΔCO2 × (coût sociétal du carbone central − prix du CO2 du marché), soit uniquement la valeur du carbone au-delà du prix du CO2 déjà inclus dans B1 ; B6 = −ΔEENS × VOLL ; B9 = réserve évitée × coût des réserves ; B4 au coût des dommages est présenté à part et n&apos;est pas inclus dans la VAN. Les indicateurs quantifiés (B3, LOLE, pertes en MWh) sont présentés à côté des indicateurs monétisés et ne leur sont jamais ajoutés.</translation>
    </message>
    <message>
        <source>The indicators of this scenario cannot be evaluated.</source>
        <translation>Les indicateurs de ce scénario ne peuvent pas être évalués.</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>saisi</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>calculé</translation>
    </message>
    <message>
        <source>%1: %2, source: %3</source>
        <translation>%1 : %2, source : %3</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Quantity unit</source>
        <translation>Unité de quantité</translation>
    </message>
    <message>
        <source>Reliability class</source>
        <translation>Classe de fiabilité</translation>
    </message>
    <message>
        <source>%1 quantity</source>
        <translation>%1, quantité</translation>
    </message>
    <message>
        <source>%1 monetised (M€/yr)</source>
        <translation>%1, monétisé (M€/yr)</translation>
    </message>
    <message>
        <source>%1, not in NPV</source>
        <translation>%1, hors VAN</translation>
    </message>
    <message>
        <source>Indicators of project %1 in scenario %2, per study year (monetised in M€ of %3 per year)</source>
        <translation>Indicateurs du projet %1 dans le scénario %2, par année d&apos;étude (monétisés en M€ de %3 par an)</translation>
    </message>
    <message>
        <source>Not assessed in this scenario (no input, which is not the same as zero): %1.</source>
        <translation>Non évalués dans ce scénario (aucune donnée, ce qui n&apos;équivaut pas à zéro) : %1.</translation>
    </message>
    <message>
        <source>Origin of the inputs. %1.</source>
        <translation>Origine des données. %1.</translation>
    </message>
    <message>
        <source>Benefit indicators</source>
        <translation>Indicateurs de bénéfice</translation>
    </message>
    <message>
        <source>Reliability classes: monetised indicators enter the headline NPV and B/C ratio; quantified indicators are given in physical units only; qualitative indicators (B7, B8, S1–S3) follow in their own section.</source>
        <translation>Classes de fiabilité : les indicateurs monétisés entrent dans la VAN principale et le ratio B/C ; les indicateurs quantifiés sont donnés uniquement en unités physiques ; les indicateurs qualitatifs (B7, B8, S1–S3) figurent dans une section distincte.</translation>
    </message>
    <message>
        <source>The project is not assessed in: %1. It has no indicator inputs there and those scenarios are left out of the ranges.</source>
        <translation>Le projet n&apos;est pas évalué dans : %1. Il n&apos;y a pas de données d&apos;indicateurs pour ces scénarios, qui sont exclus des plages.</translation>
    </message>
    <message>
        <source>Non-monetised indicators (B7, B8, S1–S3)</source>
        <translation>Indicateurs non monétisés (B7, B8, S1–S3)</translation>
    </message>
    <message>
        <source>No flexibility (B7), stability (B8) or residual impact (S1–S3) indicators are entered for this project.</source>
        <translation>Aucun indicateur de flexibilité (B7), de stabilité (B8) ou d&apos;impact résiduel (S1–S3) n&apos;est saisi pour ce projet.</translation>
    </message>
    <message>
        <source>These indicators are reported as entered by the promoter and are not monetised. Scores: −− strongly negative, − negative, 0 neutral, + positive, ++ strongly positive, or a quantity with its unit.</source>
        <translation>Ces indicateurs sont rapportés tels que saisis par le promoteur et ne sont pas monétisés. Notes : −− fortement négatif, − négatif, 0 neutre, + positif, ++ fortement positif, ou une quantité avec son unité.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Qualitative indicators of project %1</source>
        <translation>Indicateurs qualitatifs du projet %1</translation>
    </message>
    <message>
        <source>Project identification and description</source>
        <translation>Identification et description du projet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Investments</source>
        <translation>Investissements</translation>
    </message>
    <message>
        <source>Price year of € indicator inputs</source>
        <translation>Année de prix des données d&apos;indicateurs en €</translation>
    </message>
    <message>
        <source>Assessment period</source>
        <translation>Période d&apos;évaluation</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Identification of project %1</source>
        <translation>Identification du projet %1</translation>
    </message>
    <message>
        <source>The project changes no cross-border transfer capacity (no border is entered).</source>
        <translation>Le projet ne modifie aucune capacité de transfert transfrontalière (aucune frontière n&apos;est saisie).</translation>
    </message>
    <message>
        <source>From zone</source>
        <translation>Zone d&apos;origine</translation>
    </message>
    <message>
        <source>To zone</source>
        <translation>Zone de destination</translation>
    </message>
    <message>
        <source>ΔNTC from → to (MW)</source>
        <translation>ΔNTC origine → destination (MW)</translation>
    </message>
    <message>
        <source>ΔNTC to → from (MW)</source>
        <translation>ΔNTC destination → origine (MW)</translation>
    </message>
    <message>
        <source>Transfer capacity added per border</source>
        <translation>Capacité de transfert ajoutée par frontière</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investissement</translation>
    </message>
    <message>
        <source>Asset type</source>
        <translation>Type d&apos;actif</translation>
    </message>
    <message>
        <source>Technical lifetime (years)</source>
        <translation>Durée de vie technique (ans)</translation>
    </message>
    <message>
        <source>Price year</source>
        <translation>Année de prix</translation>
    </message>
    <message>
        <source>CAPEX, central (M€)</source>
        <translation>CAPEX, central (M€)</translation>
    </message>
    <message>
        <source>Investments of the project (CAPEX in € of each investment&apos;s price year)</source>
        <translation>Investissements du projet (CAPEX en € de l&apos;année de prix de chaque investissement)</translation>
    </message>
    <message>
        <source>CAPEX low (M€)</source>
        <translation>CAPEX bas (M€)</translation>
    </message>
    <message>
        <source>CAPEX central (M€)</source>
        <translation>CAPEX central (M€)</translation>
    </message>
    <message>
        <source>CAPEX high (M€)</source>
        <translation>CAPEX haut (M€)</translation>
    </message>
    <message>
        <source>%1 total</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>CAPEX phasing (C1) with its uncertainty range, in € of each investment&apos;s price year; a lump sum is spread evenly over the years shown</source>
        <translation>Échelonnement du CAPEX (C1) avec sa plage d&apos;incertitude, en € de l&apos;année de prix de chaque investissement ; un montant forfaitaire est réparti uniformément sur les années indiquées</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>Costs are entered per investment in € of the investment&apos;s price year and converted to %1 prices with the deflator (Annex). The low and high CAPEX give the NPV at the ends of the uncertainty range (chapter Economic evaluation).</source>
        <translation>Les coûts sont saisis par investissement en € de l&apos;année de prix de l&apos;investissement et convertis aux prix de %1 à l&apos;aide du déflateur (annexe). Les CAPEX bas et haut donnent la VAN aux bornes de la plage d&apos;incertitude (chapitre Évaluation économique).</translation>
    </message>
    <message>
        <source>OPEX (M€/yr)</source>
        <translation>OPEX (M€/yr)</translation>
    </message>
    <message>
        <source>OPEX as share of CAPEX (%/yr)</source>
        <translation>OPEX en part du CAPEX (%/yr)</translation>
    </message>
    <message>
        <source>Decommissioning (M€)</source>
        <translation>Démantèlement (M€)</translation>
    </message>
    <message>
        <source>Operating costs (C2) from commissioning to the end of the assessment period, and decommissioning cost booked in its last year</source>
        <translation>Coûts d&apos;exploitation (C2) de la mise en service à la fin de la période d&apos;évaluation, et coût de démantèlement comptabilisé la dernière année</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Present value (%1)</source>
        <translation>Valeur actuelle (%1)</translation>
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
        <translation>Démantèlement</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Present value of the costs, discounted at %1 to %2 (the same in every scenario)</source>
        <translation>Valeur actuelle des coûts, actualisés au taux de %1 à l&apos;année %2 (identique dans tous les scénarios)</translation>
    </message>
    <message>
        <source>Beneficiaries and cost bearers</source>
        <translation>Bénéficiaires et payeurs</translation>
    </message>
    <message>
        <source>No cost shares are entered for this project, so no cost bearers can be shown.</source>
        <translation>Aucune part des coûts n&apos;est saisie pour ce projet ; aucun payeur ne peut donc être indiqué.</translation>
    </message>
    <message>
        <source>Each country bears the project&apos;s costs in proportion to its cost share. Costs do not depend on the scenario.</source>
        <translation>Chaque pays supporte les coûts du projet au prorata de sa part des coûts. Les coûts ne dépendent pas du scénario.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Cost share (%)</source>
        <translation>Part des coûts (%)</translation>
    </message>
    <message>
        <source>PV CAPEX</source>
        <translation>VA CAPEX</translation>
    </message>
    <message>
        <source>PV OPEX</source>
        <translation>VA OPEX</translation>
    </message>
    <message>
        <source>PV decommissioning</source>
        <translation>VA démantèlement</translation>
    </message>
    <message>
        <source>PV costs borne</source>
        <translation>VA coûts supportés</translation>
    </message>
    <message>
        <source>Cost bearers by country</source>
        <translation>Payeurs par pays</translation>
    </message>
    <message>
        <source>Per-country net positions are not shown. Where B1 was computed by the market model, the chapter “Market model” splits it by country into consumer surplus, producer surplus and congestion rent for each scenario and study year, weighted over climate years; B2–B6 and indicator inputs entered from other studies cover the whole modelled perimeter and are not split. No split of the other benefits by country is assumed, so no net position per country (benefits minus allocated costs) is given.</source>
        <translation>Les positions nettes par pays ne sont pas présentées. Lorsque B1 a été calculé par le modèle de marché, le chapitre « Modèle de marché » le répartit par pays entre surplus des consommateurs, surplus des producteurs et rente de congestion, pour chaque scénario et année d’étude, pondéré sur les années climatiques ; B2–B6 et les indicateurs saisis à partir d’autres études couvrent l’ensemble du périmètre modélisé et ne sont pas répartis. Aucune répartition des autres bénéfices par pays n’est supposée ; aucune position nette par pays (bénéfices moins coûts alloués) n’est donc donnée.</translation>
    </message>
    <message>
        <source>Present values in %1, discounted at %2 (real) to %3, over %4 operating years.</source>
        <translation>Valeurs actuelles en %1, actualisées au taux (réel) de %2 à l&apos;année %3, sur %4 années d&apos;exploitation.</translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation>Valeur résiduelle</translation>
    </message>
    <message>
        <source>Costs (CAPEX + OPEX + decommissioning)</source>
        <translation>Coûts (CAPEX + OPEX + démantèlement)</translation>
    </message>
    <message>
        <source>The project could not be evaluated: %1</source>
        <translation>Le projet n&apos;a pas pu être évalué : %1</translation>
    </message>
    <message>
        <source>The project has no indicator inputs in any scenario, so it is not assessed.</source>
        <translation>Le projet n&apos;a de données d&apos;indicateurs dans aucun scénario ; il n&apos;est donc pas évalué.</translation>
    </message>
    <message numerus="yes">
        <source>Project %1 is assessed in %n scenario(s) over the assessment period %2–%3. %4</source>
        <translation>
            <numerusform>Le projet %1 est évalué dans %n scénario sur la période d&apos;évaluation %2–%3. %4</numerusform>
            <numerusform>Le projet %1 est évalué dans %n scénarios sur la période d&apos;évaluation %2–%3. %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Range over scenarios</source>
        <translation>Plage sur les scénarios</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Key results of project %1 per scenario</source>
        <translation>Principaux résultats du projet %1 par scénario</translation>
    </message>
    <message>
        <source>Not assessed (no indicator inputs): %1.</source>
        <translation>Non évalué (aucune donnée d&apos;indicateur) : %1.</translation>
    </message>
    <message>
        <source>Present value of monetised benefits (left bar) and costs (right bar) per scenario</source>
        <translation>Valeur actuelle des bénéfices monétisés (barre de gauche) et des coûts (barre de droite) par scénario</translation>
    </message>
    <message>
        <source>Economic evaluation</source>
        <translation>Évaluation économique</translation>
    </message>
    <message>
        <source>%1 NPV = PV(monetised headline benefits) + PV(residual value) − PV(CAPEX) − PV(OPEX) − PV(decommissioning). %2 The economic IRR is the discount rate at which the NPV is zero; &quot;none&quot; means the NPV does not change sign.</source>
        <translation>%1 VAN = VA(bénéfices principaux monétisés) + VA(valeur résiduelle) − VA(CAPEX) − VA(OPEX) − VA(démantèlement). %2 Le TRI économique est le taux d&apos;actualisation pour lequel la VAN est nulle ; « aucun » signifie que la VAN ne change pas de signe.</translation>
    </message>
    <message>
        <source>B/C = [PV(benefits) + PV(residual) − PV(OPEX)] / [PV(CAPEX) + PV(decommissioning)].</source>
        <translation>B/C = [VA(bénéfices) + VA(valeur résiduelle) − VA(OPEX)] / [VA(CAPEX) + VA(démantèlement)].</translation>
    </message>
    <message>
        <source>B/C = [PV(benefits) + PV(residual)] / [PV(CAPEX) + PV(OPEX) + PV(decommissioning)].</source>
        <translation>B/C = [VA(bénéfices) + VA(valeur résiduelle)] / [VA(CAPEX) + VA(OPEX) + VA(démantèlement)].</translation>
    </message>
    <message>
        <source>Headline benefits (in NPV)</source>
        <translation>Bénéfices principaux (dans la VAN)</translation>
    </message>
    <message>
        <source>Net present value (NPV)</source>
        <translation>Valeur actuelle nette (VAN)</translation>
    </message>
    <message>
        <source>Benefit/cost ratio (B/C)</source>
        <translation>Ratio bénéfices/coûts (B/C)</translation>
    </message>
    <message>
        <source>Economic evaluation of project %1 per scenario</source>
        <translation>Évaluation économique du projet %1 par scénario</translation>
    </message>
    <message>
        <source>NPV variant (%1)</source>
        <translation>Variante de VAN (%1)</translation>
    </message>
    <message>
        <source>NPV, central values</source>
        <translation>VAN, valeurs centrales</translation>
    </message>
    <message>
        <source>NPV, societal cost of carbon low</source>
        <translation>VAN, coût sociétal du carbone bas</translation>
    </message>
    <message>
        <source>NPV, societal cost of carbon high</source>
        <translation>VAN, coût sociétal du carbone haut</translation>
    </message>
    <message>
        <source>NPV, CAPEX low</source>
        <translation>VAN, CAPEX bas</translation>
    </message>
    <message>
        <source>NPV, CAPEX high</source>
        <translation>VAN, CAPEX haut</translation>
    </message>
    <message>
        <source>NPV at the ends of the uncertainty ranges (one input changed at a time)</source>
        <translation>VAN aux bornes des plages d&apos;incertitude (une donnée d&apos;entrée modifiée à la fois)</translation>
    </message>
    <message>
        <source>Range over the assessed scenarios: NPV %1 to %2 %3; B/C %4.</source>
        <translation>Plage sur les scénarios évalués : VAN de %1 à %2 %3 ; B/C %4.</translation>
    </message>
    <message>
        <source>Note (%1): %2</source>
        <translation>Remarque (%1) : %2</translation>
    </message>
    <message>
        <source>Net cash flow (%1 per year)</source>
        <translation>Flux de trésorerie net (%1 par an)</translation>
    </message>
    <message>
        <source>Yearly net cash flow (undiscounted headline benefits + residual value − costs)</source>
        <translation>Flux de trésorerie net annuel (bénéfices principaux non actualisés + valeur résiduelle − coûts)</translation>
    </message>
    <message>
        <source>linear: total CAPEX × (T − N) / T, booked as a benefit in the last year of the assessment period</source>
        <translation>linéaire : CAPEX total × (T − N) / T, comptabilisé comme bénéfice la dernière année de la période d&apos;évaluation</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>[PV(benefits) + PV(residual) − PV(OPEX)] / [PV(CAPEX) + PV(decommissioning)]</source>
        <translation>[VA(bénéfices) + VA(valeur résiduelle) − VA(OPEX)] / [VA(CAPEX) + VA(démantèlement)]</translation>
    </message>
    <message>
        <source>[PV(benefits) + PV(residual)] / [PV(CAPEX) + PV(OPEX) + PV(decommissioning)]</source>
        <translation>[VA(bénéfices) + VA(valeur résiduelle)] / [VA(CAPEX) + VA(OPEX) + VA(démantèlement)]</translation>
    </message>
    <message>
        <source>Scenarios and economic parameters</source>
        <translation>Scénarios et paramètres économiques</translation>
    </message>
    <message>
        <source>Economic parameters</source>
        <translation>Paramètres économiques</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Economic parameters of the study</source>
        <translation>Paramètres économiques de l&apos;étude</translation>
    </message>
    <message>
        <source>Price base year</source>
        <translation>Année de base des prix</translation>
    </message>
    <message>
        <source>Discount rate (real)</source>
        <translation>Taux d&apos;actualisation (réel)</translation>
    </message>
    <message>
        <source>Discounting year t0</source>
        <translation>Année d&apos;actualisation t0</translation>
    </message>
    <message>
        <source>Operating years assessed N</source>
        <translation>Années d&apos;exploitation évaluées N</translation>
    </message>
    <message>
        <source>Share of the commissioning year assessed</source>
        <translation>Part de l&apos;année de mise en service évaluée</translation>
    </message>
    <message>
        <source>Deflator (price index by year)</source>
        <translation>Déflateur (indice des prix par année)</translation>
    </message>
    <message>
        <source>none (all inputs in base-year prices)</source>
        <translation>aucun (toutes les données aux prix de l&apos;année de base)</translation>
    </message>
    <message>
        <source>Climate years (weight)</source>
        <translation>Années climatiques (pondération)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Scenarios of the study</source>
        <translation>Scénarios de l&apos;étude</translation>
    </message>
    <message>
        <source>Study year</source>
        <translation>Année d&apos;étude</translation>
    </message>
    <message>
        <source>Market CO2 price (€/t)</source>
        <translation>Prix du CO2 du marché (€/t)</translation>
    </message>
    <message>
        <source>SCC low (€/t)</source>
        <translation>SCC bas (€/t)</translation>
    </message>
    <message>
        <source>SCC central (€/t)</source>
        <translation>SCC central (€/t)</translation>
    </message>
    <message>
        <source>SCC high (€/t)</source>
        <translation>SCC haut (€/t)</translation>
    </message>
    <message>
        <source>VOLL (€/MWh)</source>
        <translation>VOLL (€/MWh)</translation>
    </message>
    <message>
        <source>Reserve cost (€/MW/yr)</source>
        <translation>Coût des réserves (€/MW/yr)</translation>
    </message>
    <message>
        <source>Parameters per scenario and study year, in € of each scenario&apos;s price year (SCC: societal cost of carbon; the central value is the headline)</source>
        <translation>Paramètres par scénario et année d&apos;étude, en € de l&apos;année de prix de chaque scénario (SCC&#xa0;: coût social du carbone&#xa0;; la valeur centrale est la valeur retenue)</translation>
    </message>
    <message>
        <source>Damage costs of pollutants and fuel prices are listed with every other parameter value in the annex.</source>
        <translation>Les coûts des dommages des polluants et les prix des combustibles figurent en annexe avec toutes les autres valeurs de paramètres.</translation>
    </message>
    <message>
        <source>Parameter values used</source>
        <translation>Valeurs des paramètres utilisées</translation>
    </message>
    <message>
        <source>Every economic and scenario parameter of the study, as stored. The same list is exported as the table &quot;parameters&quot;.</source>
        <translation>Tous les paramètres économiques et de scénario de l&apos;étude, tels qu&apos;enregistrés. La même liste est exportée dans la table &quot;parameters&quot;.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Parameter values</source>
        <translation>Valeurs des paramètres</translation>
    </message>
    <message>
        <source>Traceability</source>
        <translation>Traçabilité</translation>
    </message>
    <message>
        <source>Every figure in this report is computed by the GridCBA economics engine from the study file named below, whose SHA-256 checksum identifies the exact bytes read. The same figures are printed at full precision by: gridcba-cli evaluate FILE --json --cash-flows.</source>
        <translation>Chaque chiffre de ce rapport est calculé par le moteur économique de GridCBA à partir du fichier d&apos;étude indiqué ci-dessous, dont la somme de contrôle SHA-256 identifie exactement les octets lus. Les mêmes chiffres sont affichés en pleine précision par&#xa0;: gridcba-cli evaluate FILE --json --cash-flows.</translation>
    </message>
    <message>
        <source>Software and study file</source>
        <translation>Logiciel et fichier d&apos;étude</translation>
    </message>
    <message>
        <source>GridCBA %1 (Qt %2)</source>
        <translation>GridCBA %1 (Qt %2)</translation>
    </message>
    <message>
        <source>SHA-256 of the study file</source>
        <translation>SHA-256 du fichier d&apos;étude</translation>
    </message>
    <message>
        <source>%1 (the study has changes not saved to this file)</source>
        <translation>%1 (l&apos;étude comporte des modifications non enregistrées dans ce fichier)</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Rapport généré le</translation>
    </message>
    <message>
        <source>Conventions</source>
        <translation>Conventions</translation>
    </message>
    <message>
        <source>ENTSO-E CBA guideline, 4th edition, as implemented in GridCBA (documentation: docs/economics.md)</source>
        <translation>Guide méthodologique CBA de l&apos;ENTSO-E, 4e édition, tel que mis en œuvre dans GridCBA (documentation&#xa0;: docs/economics.md)</translation>
    </message>
    <message>
        <source>B6 from %1 Monte Carlo years of forced outages per climate year (seed %2), energy not served found by a maximum-flow per hour and the week&apos;s dispatch where storage matters</source>
        <translation>B6 à partir de %1 années Monte-Carlo d&apos;indisponibilités fortuites par année climatique (graine %2), l&apos;énergie non distribuée étant déterminée par un calcul de flot maximal heure par heure et par le dispatching de la semaine lorsque le stockage intervient</translation>
    </message>
    <message>
        <source>no adequacy run (B6 not computed)</source>
        <translation>pas de calcul d&apos;adéquation (B6 non calculé)</translation>
    </message>
    <message>
        <source>B1–B6 were computed by GridCBA&apos;s zonal market model: an hourly, cost-minimising dispatch solved week by week (168 h, storage carried between weeks) for the reference grid and for the grid with the project (PINT) or without it (TOOT), with a hurdle cost of %1 €/MWh on cross-border flows; %2. Solver: %3. Software: %4, results of %5. B1 is the change of generation cost (fuel, CO2 at the market price, variable O&amp;M, DSR); it excludes energy not served, which is B6. Losses on modelled borders are inside B1; B5 reports their quantity. The climate years are combined by the scenario&apos;s weights.</source>
        <translation>B1–B6 ont été calculés par le modèle de marché zonal de GridCBA&#xa0;: un dispatching horaire à coût minimal, résolu semaine par semaine (168 h, stockage reporté d&apos;une semaine à l&apos;autre) pour le réseau de référence et pour le réseau avec le projet (PINT) ou sans lui (TOOT), avec un coût de franchissement de %1 €/MWh sur les flux transfrontaliers&#xa0;; %2. Solveur&#xa0;: %3. Logiciel&#xa0;: %4, résultats du %5. B1 est la variation du coût de production (combustible, CO2 au prix de marché, O&amp;M variables, DSR)&#xa0;; il exclut l&apos;énergie non distribuée, qui relève de B6. Les pertes sur les frontières modélisées sont incluses dans B1&#xa0;; B5 en indique la quantité. Les années climatiques sont combinées selon les pondérations du scénario.</translation>
    </message>
    <message>
        <source>Market model</source>
        <translation>Modèle de marché</translation>
    </message>
    <message>
        <source>Scenario, year,
climate year (weight)</source>
        <translation>Scénario, année,
année climatique (pondération)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Generation
cost without
(M€/yr)</source>
        <translation>Coût de
production sans
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
        <translation>B3 écrêtement
évité
(MWh/yr)</translation>
    </message>
    <message>
        <source>B5 Δlosses
(MWh/yr)</source>
        <translation>B5 Δpertes
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
        <translation>Résultats du modèle de marché par année climatique (montants en € de l&apos;année de prix du scénario&#xa0;; signes comme dans le chapitre des indicateurs)</translation>
    </message>
    <message>
        <source>
(M€/yr)</source>
        <translation>
(M€/yr)</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>B1 by country: change of consumer surplus, producer surplus and congestion rent (half of a border&apos;s rent to each side), weighted over climate years; countries with at least 1 % of the largest value. The total equals B1.</source>
        <translation>B1 par pays&#xa0;: variation du surplus du consommateur, du surplus du producteur et de la rente de congestion (la moitié de la rente d&apos;une frontière attribuée à chaque côté), pondérée sur les années climatiques&#xa0;; pays représentant au moins 1 % de la valeur la plus élevée. Le total est égal à B1.</translation>
    </message>
    <message>
        <source>Δ surplus (M€/yr)</source>
        <translation>Δ surplus (M€/yr)</translation>
    </message>
    <message>
        <source>Consumer surplus</source>
        <translation>Surplus du consommateur</translation>
    </message>
    <message>
        <source>Producer surplus</source>
        <translation>Surplus du producteur</translation>
    </message>
    <message>
        <source>Congestion rent</source>
        <translation>Rente de congestion</translation>
    </message>
    <message>
        <source>B1 by country and surplus, %1</source>
        <translation>B1 par pays et par surplus, %1</translation>
    </message>
</context>
<context>
    <name>gridcba::report::Xlsx</name>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>VAN</translation>
    </message>
    <message>
        <source>NPV (%1)</source>
        <translation>VAN (%1)</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Numbers are stored at full precision; money in € (not M€), rates and shares as fractions.</source>
        <translation>Les nombres sont enregistrés en pleine précision&#xa0;; montants en € (et non en M€), taux et parts sous forme de fractions.</translation>
    </message>
    <message>
        <source>contents</source>
        <translation>sommaire</translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation>impossible de créer un répertoire temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation>impossible de créer le classeur</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>impossible d&apos;écrire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>gridcba::ui</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (or their keys: %2)</source>
        <translation>%1 (ou leurs clés&#xa0;: %2)</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>point-virgule (;)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>virgule (,)</translation>
    </message>
    <message>
        <source>column %1 has no name</source>
        <translation>la colonne %1 n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>unknown column “%1”; expected one of: %2</source>
        <translation>colonne «&#xa0;%1&#xa0;» inconnue&#xa0;; colonnes attendues&#xa0;: %2</translation>
    </message>
    <message>
        <source>columns “%1” and “%2” both give %3; keep one of them</source>
        <translation>les colonnes «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» fournissent toutes deux %3&#xa0;; n&apos;en conservez qu&apos;une</translation>
    </message>
    <message>
        <source>the column “%1” (key “%2”) is missing</source>
        <translation>la colonne «&#xa0;%1&#xa0;» (clé «&#xa0;%2&#xa0;») est absente</translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation>le fichier comporte un en-tête mais aucune ligne de données</translation>
    </message>
    <message>
        <source>the table no longer exists in the study</source>
        <translation>la table n&apos;existe plus dans l&apos;étude</translation>
    </message>
    <message>
        <source>this table has a fixed number of rows (%1) but the file has %2 data rows</source>
        <translation>cette table a un nombre fixe de lignes (%1), mais le fichier contient %2 lignes de données</translation>
    </message>
    <message>
        <source>rows cannot be added to this table</source>
        <translation>impossible d&apos;ajouter des lignes à cette table</translation>
    </message>
    <message>
        <source>%1 cells, but the header names %2 columns</source>
        <translation>%1 cellules, mais l&apos;en-tête nomme %2 colonnes</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>une valeur est requise</translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>“%1” is not a finite number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des valeurs&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not yes or no</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni oui ni non</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>the file has more than %1 data rows, the most a table takes (is it the right file?)</source>
        <translation>le fichier a plus de %1 lignes de données, le maximum d&apos;un tableau (est-ce le bon fichier ?)</translation>
    </message>
    <message>
        <source>“%1” is implausibly large (more than %2 in base units); check the unit</source>
        <extracomment>%2 is the largest value accepted, in the column&apos;s base unit (€, MW, MWh, t)</extracomment>
        <translation>« %1 » est d&apos;une grandeur invraisemblable (plus de %2 en unités de base) ; vérifiez l&apos;unité</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::AnalysisRunsModel</name>
    <message>
        <source>Sweep</source>
        <translation>Balayage</translation>
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
        <translation>Double-cliquez pour renommer le calcul.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Run on</source>
        <translation>Exécuté le</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::AutoSaver</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l&apos;enregistrement automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>The autosaved copy of “%1” cannot be restored: %2</source>
        <translation>La copie enregistrée automatiquement de «&#xa0;%1&#xa0;» ne peut pas être restaurée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Recover autosaved changes</source>
        <translation>Récupérer les modifications enregistrées automatiquement</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::B1ZoneChart</name>
    <message>
        <source>B1 by zone: surplus split</source>
        <translation>B1 par zone&#xa0;: répartition des surplus</translation>
    </message>
    <message>
        <source>Select a result row to see its B1 by zone.</source>
        <translation>Sélectionnez une ligne de résultats pour afficher son B1 par zone.</translation>
    </message>
    <message>
        <source>B1 by country — %1</source>
        <translation>B1 par pays — %1</translation>
    </message>
    <message>
        <source>B1 by zone — %1</source>
        <translation>B1 par zone — %1</translation>
    </message>
    <message>
        <source>Consumer surplus</source>
        <translation>Surplus du consommateur</translation>
    </message>
    <message>
        <source>Producer surplus</source>
        <translation>Surplus du producteur</translation>
    </message>
    <message>
        <source>Congestion rent</source>
        <translation>Rente de congestion</translation>
    </message>
    <message>
        <source>B1 (sum)</source>
        <translation>B1 (somme)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Δ with − without (%1/yr)</source>
        <translation>Δ avec − sans (%1/yr)</translation>
    </message>
    <message>
        <source>%1
%2: %3
B1 of %1: %4</source>
        <extracomment>%1 zone, %2 series, %3 its value, %4 the zone&apos;s B1</extracomment>
        <translation>%1
%2&#xa0;: %3
B1 de %1&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::BenefitCostChart</name>
    <message>
        <source>Benefits and costs per scenario</source>
        <translation>Bénéfices et coûts par scénario</translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation>Valeur résiduelle</translation>
    </message>
    <message>
        <source>Costs (CAPEX + OPEX + decommissioning)</source>
        <translation>Coûts (CAPEX + OPEX + démantèlement)</translation>
    </message>
    <message>
        <source>Scenario (left bar: benefits, right bar: costs)</source>
        <translation>Scénario (barre de gauche&#xa0;: bénéfices, barre de droite&#xa0;: coûts)</translation>
    </message>
    <message>
        <source>Present value (%1 of %2)</source>
        <translation>Valeur actualisée (%1 de %2)</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::CapexChart</name>
    <message>
        <source>CAPEX by year</source>
        <translation>CAPEX par année</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>No CAPEX to show</source>
        <translation>Aucun CAPEX à afficher</translation>
    </message>
    <message>
        <source>%1 has no CAPEX yet: add years to the phasing, or give a lump sum and its construction years.</source>
        <translation>%1 n&apos;a pas encore de CAPEX&#xa0;: ajoutez des années à l&apos;échelonnement, ou indiquez un montant global et ses années de construction.</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Central</translation>
    </message>
    <message>
        <source>Low–high range</source>
        <translation>Fourchette basse–haute</translation>
    </message>
    <message>
        <source>CAPEX by year: lump sum spread over the construction years</source>
        <translation>CAPEX par année&#xa0;: montant global réparti sur les années de construction</translation>
    </message>
    <message>
        <source>CAPEX (%1, %2 prices)</source>
        <extracomment>%1 money unit (M€), %2 price year</extracomment>
        <translation>CAPEX (%1, prix de %2)</translation>
    </message>
    <message>
        <source>%1
central %2
range %3 – %4</source>
        <translation>%1
central %2
fourchette %3 – %4</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::CashFlowChart</name>
    <message>
        <source>Yearly cash flow and cumulative NPV</source>
        <translation>Flux de trésorerie annuel et VAN cumulée</translation>
    </message>
    <message>
        <source>No results to show.</source>
        <translation>Aucun résultat à afficher.</translation>
    </message>
    <message>
        <source>Yearly cash flow and cumulative NPV — %1</source>
        <translation>Flux de trésorerie annuel et VAN cumulée — %1</translation>
    </message>
    <message>
        <source>No cash flows in this scenario.</source>
        <translation>Aucun flux de trésorerie dans ce scénario.</translation>
    </message>
    <message>
        <source>Headline benefits</source>
        <translation>Bénéfices retenus</translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation>Valeur résiduelle</translation>
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
        <translation>Démantèlement</translation>
    </message>
    <message>
        <source>Cumulative NPV (right axis), ending at %1</source>
        <translation>VAN cumulée (axe de droite), valeur finale %1</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Cash flow per year</source>
        <translation>Flux de trésorerie par année</translation>
    </message>
    <message>
        <source>Cumulative NPV</source>
        <translation>VAN cumulée</translation>
    </message>
    <message>
        <source>%1
Cumulative discounted NPV: %2</source>
        <translation>%1
VAN actualisée cumulée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1
%2: %3
Net cash flow of the year: %4</source>
        <extracomment>%1 year, %2 series (CAPEX, ...), %3 its value, %4 the year&apos;s net cash flow</extracomment>
        <translation>%1
%2&#xa0;: %3
Flux de trésorerie net de l&apos;année&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ChartExport</name>
    <message>
        <source>Chart exported from GridCBA</source>
        <translation>Graphique exporté depuis GridCBA</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>graphique</translation>
    </message>
    <message>
        <source>Cannot export the chart to %1: %2</source>
        <translation>Impossible d&apos;exporter le graphique vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file name must end in .png, .svg or .pdf.</source>
        <translation>le nom du fichier doit se terminer par .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>drawing failed.</source>
        <translation>échec du rendu.</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Exporter le graphique…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image, an SVG drawing or a PDF</source>
        <translation>Enregistrer le graphique en image PNG, en dessin SVG ou en PDF</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>Copier le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ClimateYearsAdapter</name>
    <message>
        <source>Climate years of %1</source>
        <translation>Années climatiques de %1</translation>
    </message>
    <message>
        <source>Weight (%)</source>
        <translation>Pondération (%)</translation>
    </message>
    <message>
        <source>Share of this climate year when results are combined over climate years; the weights of a scenario sum to 100 %.</source>
        <translation>Part de cette année climatique lorsque les résultats sont combinés sur les années climatiques&#xa0;; les pondérations d&apos;un scénario totalisent 100 %.</translation>
    </message>
    <message>
        <source>Climate year</source>
        <translation>Année climatique</translation>
    </message>
    <message>
        <source>Weather year of the market simulations (e.g. 1995, 2008, 2009).</source>
        <translation>Année météorologique des simulations de marché (p. ex. 1995, 2008, 2009).</translation>
    </message>
    <message>
        <source>Row %1 no longer exists</source>
        <translation>La ligne %1 n&apos;existe plus</translation>
    </message>
    <message>
        <source>Climate year %1 is already in the table</source>
        <translation>L&apos;année climatique %1 figure déjà dans la table</translation>
    </message>
    <message>
        <source>Weight must be between 0 % and 100 %</source>
        <translation>La pondération doit être comprise entre 0 % et 100 %</translation>
    </message>
    <message>
        <source>Climate year %1 is already in row %2</source>
        <translation>L&apos;année climatique %1 figure déjà à la ligne %2</translation>
    </message>
    <message>
        <source>The weights sum to %1; they must sum to 100 % before the study can be evaluated.</source>
        <translation>La somme des pondérations est de %1&#xa0;; elle doit être égale à 100 % pour que l&apos;étude puisse être évaluée.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::CommissioningYearChart</name>
    <message>
        <source>NPV against commissioning year</source>
        <translation>VAN en fonction de l&apos;année de mise en service</translation>
    </message>
    <message>
        <source>Commissioning year</source>
        <translation>Année de mise en service</translation>
    </message>
    <message>
        <source>Run a sweep to see the value of timing.</source>
        <translation>Lancez un balayage pour voir l&apos;incidence de la date de mise en service.</translation>
    </message>
    <message>
        <source>The sweep has no commissioning-year assessment.</source>
        <translation>Le balayage ne comporte pas d&apos;évaluation de l&apos;année de mise en service.</translation>
    </message>
    <message>
        <source>as in the study (%1)</source>
        <translation>comme dans l&apos;étude (%1)</translation>
    </message>
    <message>
        <source>Net present value (M€ of %1)</source>
        <translation>Valeur actuelle nette (M€ de %1)</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::CostBearersChart</name>
    <message>
        <source>Cost bearers per country</source>
        <translation>Payeurs par pays</translation>
    </message>
    <message>
        <source>No results to show.</source>
        <translation>Aucun résultat à afficher.</translation>
    </message>
    <message>
        <source>Cost bearers per country — %1</source>
        <translation>Payeurs par pays — %1</translation>
    </message>
    <message>
        <source>No cost shares are entered for this project:
enter them in the project&apos;s costs to see who bears them.</source>
        <translation>Aucune quote-part des coûts n&apos;est saisie pour ce projet&#xa0;:
saisissez-les dans les coûts du projet pour voir qui les supporte.</translation>
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
        <translation>Démantèlement</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>total cost a country bears, its share of the costs</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>PV of costs borne</source>
        <translation>VA des coûts supportés</translation>
    </message>
    <message>
        <source>%1
%2: %3
Total borne: %4 (%5 of the costs)</source>
        <extracomment>%1 country, %2 CAPEX/OPEX, %3 its value, %4 the country&apos;s total, %5 its share</extracomment>
        <translation>%1
%2&#xa0;: %3
Total supporté&#xa0;: %4 (%5 des coûts)</translation>
    </message>
    <message>
        <source>Beneficiaries by country come from the market model: B1 split by country is on the project&apos;s Market model tab once the model has run. CAPEX, OPEX and decommissioning are split by the project&apos;s cost shares.</source>
        <translation>Les bénéficiaires par pays proviennent du modèle de marché&#xa0;: la répartition de B1 par pays figure dans l&apos;onglet Modèle de marché du projet une fois le modèle exécuté. Les CAPEX, OPEX et coûts de démantèlement sont répartis selon les quotes-parts des coûts du projet.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::CsvImportDialog</name>
    <message>
        <source>Import CSV into %1</source>
        <translation>Importer un CSV dans %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>Data rows:</source>
        <translation>Lignes de données&#xa0;:</translation>
    </message>
    <message>
        <source>The rows of the file replace all %1 rows of %2, as one step that Edit &gt; Undo takes back. A file with any error changes nothing.</source>
        <translation>Les lignes du fichier remplacent les %1 lignes de %2, en une seule étape qu&apos;Édition &gt; Annuler permet de défaire. Un fichier comportant une erreur ne modifie rien.</translation>
    </message>
    <message>
        <source>Ready to import %1 rows.</source>
        <translation>Prêt à importer %1 lignes.</translation>
    </message>
    <message>
        <source>Nothing will be imported: fix the error below and try again.</source>
        <translation>Rien ne sera importé&#xa0;: corrigez l&apos;erreur ci-dessous et réessayez.</translation>
    </message>
    <message>
        <source>Nothing will be imported: fix the %1 errors below and try again.</source>
        <translation>Rien ne sera importé&#xa0;: corrigez les %1 erreurs ci-dessous et réessayez.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import %1 rows into %2</source>
        <translation>Importer %1 lignes dans %2</translation>
    </message>
    <message>
        <source>Computed by the table; a file column with this name is ignored.</source>
        <translation>Calculé par la table&#xa0;; une colonne du fichier portant ce nom est ignorée.</translation>
    </message>
    <message>
        <source>Not in the file: the rows get the value a new row gets.</source>
        <translation>Absent du fichier&#xa0;: les lignes reçoivent la valeur attribuée à une nouvelle ligne.</translation>
    </message>
    <message>
        <source>From the file&apos;s column “%1”, in base units, shown here in the table&apos;s unit.</source>
        <translation>Issu de la colonne «&#xa0;%1&#xa0;» du fichier, en unités de base, affiché ici dans l&apos;unité de la table.</translation>
    </message>
    <message>
        <source>From the file&apos;s column “%1”.</source>
        <translation>Issu de la colonne «&#xa0;%1&#xa0;» du fichier.</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Ligne %1 du fichier</translation>
    </message>
    <message>
        <source>The preview shows the first %1 rows.</source>
        <translation>L&apos;aperçu affiche les %1 premières lignes.</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::DamageCostsAdapter</name>
    <message>
        <source>Damage costs of %1</source>
        <translation>Coûts des dommages de %1</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>The study year (change it in Study years).</source>
        <translation>L&apos;année d&apos;étude (à modifier dans Années d&apos;étude).</translation>
    </message>
    <message>
        <source>%1 (€/t)</source>
        <translation>%1 (€/t)</translation>
    </message>
    <message>
        <source>Damage cost of %1 emissions (%2) in €/t of the scenario&apos;s price year. Empty: %2 is not monetised in this year.</source>
        <translation>Coût des dommages des émissions de %1 (%2) en €/t de l&apos;année de prix du scénario. Vide&#xa0;: %2 n&apos;est pas monétisé pour cette année.</translation>
    </message>
    <message>
        <source>Row %1 no longer exists</source>
        <translation>La ligne %1 n&apos;existe plus</translation>
    </message>
    <message>
        <source>Damage cost of %1</source>
        <translation>Coût des dommages de %1</translation>
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
        <translation>&amp;Scénario&#xa0;:</translation>
    </message>
    <message>
        <source>All projects side by side, or the charts of one project</source>
        <translation>Tous les projets côte à côte, ou les graphiques d&apos;un projet</translation>
    </message>
    <message>
        <source>The scenario of the cash-flow and cost-bearer charts</source>
        <translation>Le scénario des graphiques de flux de trésorerie et de payeurs</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet&#xa0;:</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <source>Results are being updated…</source>
        <translation>Mise à jour des résultats…</translation>
    </message>
    <message>
        <source>Open or create a study to see its results here.</source>
        <translation>Ouvrez ou créez une étude pour en voir les résultats ici.</translation>
    </message>
    <message>
        <source>%1: not evaluated yet.</source>
        <translation>%1&#xa0;: pas encore évalué.</translation>
    </message>
    <message>
        <source>%1 cannot be evaluated: %2</source>
        <translation>%1 ne peut pas être évalué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: no indicator inputs in any scenario.</source>
        <translation>%1&#xa0;: aucune donnée des indicateurs, dans aucun scénario.</translation>
    </message>
    <message>
        <source>Not in the chart:</source>
        <translation>Absents du graphique&#xa0;:</translation>
    </message>
    <message>
        <source>Project %1 has not been evaluated yet.</source>
        <translation>Le projet %1 n&apos;a pas encore été évalué.</translation>
    </message>
    <message>
        <source>%1 cannot be evaluated, so there is nothing to chart. The engine reports:

%2</source>
        <translation>%1 ne peut pas être évalué&#xa0;; il n&apos;y a donc rien à représenter. Le moteur indique&#xa0;:

%2</translation>
    </message>
    <message>
        <source>%1 has no indicator inputs in any scenario, so there is nothing to chart. Enter its benefits (B1, B2, …) per scenario and study year.</source>
        <translation>%1 n&apos;a de données des indicateurs dans aucun scénario&#xa0;; il n&apos;y a donc rien à représenter. Saisissez ses bénéfices (B1, B2, …) par scénario et année d&apos;étude.</translation>
    </message>
    <message>
        <source>Not assessed (no indicator inputs): %1.</source>
        <translation>Non évalués (aucune donnée des indicateurs)&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::DeflatorAdapter</name>
    <message>
        <source>Deflator</source>
        <translation>Déflateur</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>The year whose prices the index measures.</source>
        <translation>L&apos;année dont l&apos;indice mesure les prix.</translation>
    </message>
    <message>
        <source>Price index</source>
        <translation>Indice des prix</translation>
    </message>
    <message>
        <source>Price level of the year (any base: only ratios matter), e.g. the HICP. Money of year Y is converted to the price base year B by index(B) / index(Y).</source>
        <translation>Niveau des prix de l&apos;année (base quelconque&#xa0;: seuls les rapports comptent), p. ex. l&apos;IPCH. Les montants de l&apos;année Y sont convertis dans l&apos;année de base des prix B par indice(B) / indice(Y).</translation>
    </message>
    <message>
        <source>Factor to base-year prices</source>
        <translation>Facteur année de base</translation>
    </message>
    <message>
        <source>index(price base year) / index(year): multiply money of this year by it to express it in prices of the price base year. Empty when the deflator has no index for the price base year.</source>
        <translation>indice(année de base des prix) / indice(année)&#xa0;: multipliez par ce facteur les montants de cette année pour les exprimer aux prix de l&apos;année de base des prix. Vide lorsque le déflateur n&apos;a pas d&apos;indice pour l&apos;année de base des prix.</translation>
    </message>
    <message>
        <source>Row %1 no longer exists</source>
        <translation>La ligne %1 n&apos;existe plus</translation>
    </message>
    <message>
        <source>Year %1 is already in the deflator</source>
        <translation>L&apos;année %1 figure déjà dans le déflateur</translation>
    </message>
    <message>
        <source>The deflator is kept in ascending order: %1 would come before %2 (row %3). Change that year first, or add a row.</source>
        <translation>Le déflateur est trié par ordre croissant&#xa0;: %1 se placerait avant %2 (ligne %3). Modifiez d&apos;abord cette année, ou ajoutez une ligne.</translation>
    </message>
    <message>
        <source>The deflator is kept in ascending order: %1 would come after %2 (row %3). Change that year first, or add a row.</source>
        <translation>Le déflateur est trié par ordre croissant&#xa0;: %1 se placerait après %2 (ligne %3). Modifiez d&apos;abord cette année, ou ajoutez une ligne.</translation>
    </message>
    <message>
        <source>Price index must be greater than 0</source>
        <translation>L&apos;indice des prix doit être supérieur à 0</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Row %1: Price index must be greater than 0</source>
        <translation>Ligne %1&#xa0;: l&apos;indice des prix doit être supérieur à 0</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::DensityChart</name>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Choose an input to preview its distribution.</source>
        <translation>Choisissez une entrée pour prévisualiser sa distribution.</translation>
    </message>
    <message>
        <source>Distribution of %1</source>
        <translation>Distribution de %1</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Pas d&apos;aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>study value</source>
        <translation>valeur de l&apos;étude</translation>
    </message>
    <message>
        <source>Probability density (per year)</source>
        <translation>Densité de probabilité (par année)</translation>
    </message>
    <message>
        <source>Probability density (per %)</source>
        <translation>Densité de probabilité (par %)</translation>
    </message>
    <message>
        <source>Probability density (per unit of the factor)</source>
        <translation>Densité de probabilité (par unité du facteur)</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::DistributionEditor</name>
    <message>
        <source>PERT is a smoothed triangular distribution (a scaled beta); the lognormal&apos;s standard deviation is that of the value, not of its logarithm.</source>
        <translation>La loi PERT est une distribution triangulaire lissée (une loi bêta mise à l&apos;échelle)&#xa0;; l&apos;écart-type de la loi log-normale est celui de la valeur, et non celui de son logarithme.</translation>
    </message>
    <message>
        <source>Distribution:</source>
        <translation>Distribution&#xa0;:</translation>
    </message>
    <message>
        <source>Distribution of %1</source>
        <translation>Distribution de %1</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 of the distribution, in %2: %3</source>
        <extracomment>%1 parameter (&quot;Minimum&quot;), %2 unit (&quot;%&quot;, &quot;× study value&quot;), %3 what it means</extracomment>
        <translation>%1 de la distribution, en %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::DocumentActions</name>
    <message>
        <source>&amp;New Study…</source>
        <translation>&amp;Nouvelle étude…</translation>
    </message>
    <message>
        <source>Start a study from the ENTSO-E default parameters</source>
        <translation>Créer une étude à partir des paramètres par défaut de l&apos;ENTSO-E</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a study file (.gridcba) or a study in the JSON exchange format</source>
        <translation>Ouvrir un fichier d&apos;étude (.gridcba) ou une étude au format d&apos;échange JSON</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the study to its .gridcba file</source>
        <translation>Enregistrer l&apos;étude dans son fichier .gridcba</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the study to a new .gridcba file</source>
        <translation>Enregistrer l&apos;étude dans un nouveau fichier .gridcba</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Open &amp;Sample Study</source>
        <translation>Ouvrir l&apos;étude d&apos;e&amp;xemple</translation>
    </message>
    <message>
        <source>Open the illustrative study bundled with GridCBA</source>
        <translation>Ouvrir l&apos;étude d&apos;illustration fournie avec GridCBA</translation>
    </message>
    <message>
        <source>&amp;About GridCBA</source>
        <translation>À &amp;propos de GridCBA</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The study “%1” has changes that are not saved. Save them before continuing?</source>
        <translation>L&apos;étude «&#xa0;%1&#xa0;» comporte des modifications non enregistrées. Les enregistrer avant de continuer&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot Open Study</source>
        <translation>Impossible d&apos;ouvrir l&apos;étude</translation>
    </message>
    <message>
        <source>The study %1 could not be opened.</source>
        <translation>L&apos;étude %1 n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>Study Not Complete</source>
        <translation>Étude incomplète</translation>
    </message>
    <message>
        <source>The study opened, but it holds values that must be corrected before its projects can be evaluated. Projects affected show why on their results tab.</source>
        <translation>L&apos;étude a été ouverte, mais elle contient des valeurs à corriger avant que ses projets puissent être évalués. Les projets concernés en indiquent la raison dans leur onglet de résultats.</translation>
    </message>
    <message>
        <source>Cannot Open Sample Study</source>
        <translation>Impossible d&apos;ouvrir l&apos;étude d&apos;exemple</translation>
    </message>
    <message>
        <source>The bundled sample study could not be read.</source>
        <translation>L&apos;étude d&apos;exemple fournie n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>Cannot Save Study</source>
        <translation>Impossible d&apos;enregistrer l&apos;étude</translation>
    </message>
    <message>
        <source>The study could not be saved to %1.</source>
        <translation>L&apos;étude n&apos;a pas pu être enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Open Study</source>
        <translation>Ouvrir une étude</translation>
    </message>
    <message>
        <source>GridCBA studies (*.gridcba *.json);;Study files (*.gridcba);;JSON exchange format (*.json);;All files (*)</source>
        <translation>Études GridCBA (*.gridcba *.json);;Fichiers d&apos;étude (*.gridcba);;Format d&apos;échange JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>study</source>
        <translation>étude</translation>
    </message>
    <message>
        <source>Save Study As</source>
        <translation>Enregistrer l&apos;étude sous</translation>
    </message>
    <message>
        <source>GridCBA studies (*.gridcba)</source>
        <translation>Études GridCBA (*.gridcba)</translation>
    </message>
    <message>
        <source>About GridCBA</source>
        <translation>À propos de GridCBA</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GridCBA %1&lt;/h3&gt;&lt;p&gt;Cost-benefit analysis of electricity transmission and storage projects following the ENTSO-E CBA guideline (4th edition): benefit indicators B1–B9, net present value, benefit/cost ratio and economic IRR per scenario.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QCustomPlot.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GridCBA %1&lt;/h3&gt;&lt;p&gt;Analyse coûts-bénéfices des projets de transport d&apos;électricité et de stockage selon le guide méthodologique CBA de l&apos;ENTSO-E (4e édition)&#xa0;: indicateurs de bénéfices B1–B9, valeur actuelle nette, ratio bénéfices/coûts et TRI économique par scénario.&lt;/p&gt;&lt;p&gt;Développé avec Qt %2 et QCustomPlot.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Study Not Found</source>
        <translation>Étude introuvable</translation>
    </message>
    <message>
        <source>The study %1 no longer exists. It has been removed from the list of recent files.</source>
        <translation>L&apos;étude %1 n&apos;existe plus. Elle a été retirée de la liste des fichiers récents.</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Effacer le menu</translation>
    </message>
    <message>
        <source>… and %1 more (see Show Details)</source>
        <translation>… et %1 autres (voir Afficher les détails)</translation>
    </message>
    <message>
        <source>Study In Use</source>
        <translation>Étude en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>The study %1 is open in another program.</source>
        <translation>L&apos;étude %1 est ouverte dans un autre programme.</translation>
    </message>
    <message>
        <source>Open it read-only? You can change it and save a copy with Save As, but it is not saved over.</source>
        <translation>L&apos;ouvrir en lecture seule&#xa0;? Vous pourrez la modifier et en enregistrer une copie avec Enregistrer sous, mais le fichier d&apos;origine ne sera pas écrasé.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>The name suggested for a copy of a read-only study; %1 is its file name</extracomment>
        <translation>%1 (copie)</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::DriversChart</name>
    <message>
        <source>Drivers of the NPV variance</source>
        <translation>Déterminants de la variance de la VAN</translation>
    </message>
    <message>
        <source>Share of NPV variance (%)</source>
        <translation>Part de la variance de la VAN (%)</translation>
    </message>
    <message>
        <source>Run a Monte Carlo analysis to see what drives the NPV.</source>
        <translation>Lancez une analyse Monte-Carlo pour voir ce qui détermine la VAN.</translation>
    </message>
    <message>
        <source>%1 of variance, ρ %2</source>
        <extracomment>variance share and Spearman rank correlation with NPV</extracomment>
        <translation>%1 de la variance, ρ %2</translation>
    </message>
    <message>
        <source>Drivers of the NPV variance — %1</source>
        <translation>Déterminants de la variance de la VAN — %1</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::EconomicParametersAdapter</name>
    <message>
        <source>scenario %1</source>
        <translation>scénario %1</translation>
    </message>
    <message>
        <source>the benefits of project %1</source>
        <translation>les bénéfices du projet %1</translation>
    </message>
    <message>
        <source>investment %1 / %2</source>
        <translation>investissement %1 / %2</translation>
    </message>
    <message>
        <source>Economic parameters</source>
        <translation>Paramètres économiques</translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation>Valeur résiduelle</translation>
    </message>
    <message>
        <source>Value of the assets left at the end of the assessment period: none (the guideline&apos;s default), or linear, total CAPEX × (T − N) / T counted as a benefit in the last year.</source>
        <translation>Valeur des actifs restant à la fin de la période d&apos;évaluation&#xa0;: aucune (valeur par défaut du guide), ou linéaire, CAPEX total × (T − N) / T, comptabilisée comme bénéfice la dernière année.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Linear: CAPEX × (T − N) / T</source>
        <translation>Linéaire&#xa0;: CAPEX × (T − N) / T</translation>
    </message>
    <message>
        <source>B/C ratio definition</source>
        <translation>Définition du ratio B/C</translation>
    </message>
    <message>
        <source>Benefits over costs (default): [PV(benefits) + PV(residual)] / [PV(CAPEX) + PV(OPEX) + PV(decommissioning)]; net of OPEX, used by some regulators, moves OPEX to the numerator.</source>
        <translation>Bénéfices sur coûts (par défaut)&#xa0;: [VA(bénéfices) + VA(valeur résiduelle)] / [VA(CAPEX) + VA(OPEX) + VA(démantèlement)]&#xa0;; la variante nette des OPEX, utilisée par certains régulateurs, place les OPEX au numérateur.</translation>
    </message>
    <message>
        <source>Benefits / costs</source>
        <translation>Bénéfices / coûts</translation>
    </message>
    <message>
        <source>Net of OPEX</source>
        <translation>Nette des OPEX</translation>
    </message>
    <message>
        <source>Price base year</source>
        <translation>Année de base des prix</translation>
    </message>
    <message>
        <source>All results are in euros of this year&apos;s prices; money of other years is converted with the deflator (default 2023).</source>
        <translation>Tous les résultats sont en euros aux prix de cette année&#xa0;; les montants des autres années sont convertis avec le déflateur (par défaut 2023).</translation>
    </message>
    <message>
        <source>Discount rate, real (%)</source>
        <translation>Taux d&apos;actualisation réel (%)</translation>
    </message>
    <message>
        <source>Discounting year t0</source>
        <translation>Année d&apos;actualisation t0</translation>
    </message>
    <message>
        <source>Present values are expressed in this year: factor 1 / (1 + r)^(t − t0); default the study&apos;s reference year.</source>
        <translation>Les valeurs actualisées sont exprimées pour cette année&#xa0;: facteur 1 / (1 + r)^(t − t0)&#xa0;; par défaut, l&apos;année de référence de l&apos;étude.</translation>
    </message>
    <message>
        <source>Operating years assessed N (years)</source>
        <translation>Années d&apos;exploitation évaluées N (années)</translation>
    </message>
    <message>
        <source>Benefits and OPEX are counted for N years from the commissioning year; the guideline&apos;s default is 25.</source>
        <translation>Les bénéfices et les OPEX sont comptabilisés pendant N années à partir de l&apos;année de mise en service&#xa0;; la valeur par défaut du guide est 25.</translation>
    </message>
    <message>
        <source>First-year fraction (%)</source>
        <translation>Fraction de la première année (%)</translation>
    </message>
    <message>
        <source>Share of the commissioning year&apos;s benefits and OPEX that is counted; default 100 % (a full year).</source>
        <translation>Part des bénéfices et des OPEX de l&apos;année de mise en service qui est comptabilisée&#xa0;; par défaut 100 % (une année complète).</translation>
    </message>
    <message>
        <source>The economic parameters are a single record</source>
        <translation>Les paramètres économiques forment un enregistrement unique</translation>
    </message>
    <message>
        <source>Price base year %1 needs deflator indices for %1 and %3, because %2 gives prices of %3; add them to the deflator first</source>
        <extracomment>%1 new base year, %2 &quot;scenario NT&quot;, %3 its price year</extracomment>
        <translation>L&apos;année de base des prix %1 nécessite des indices du déflateur pour %1 et %3, car %2 fournit des prix de %3&#xa0;; ajoutez-les d&apos;abord au déflateur</translation>
    </message>
    <message>
        <source>Discount rate must be greater than −100 % and less than 100 %</source>
        <translation>Le taux d&apos;actualisation doit être supérieur à −100 % et inférieur à 100 %</translation>
    </message>
    <message>
        <source>Discounting year</source>
        <translation>Année d&apos;actualisation</translation>
    </message>
    <message>
        <source>Operating years assessed must be between 1 and 100</source>
        <translation>Le nombre d&apos;années d&apos;exploitation évaluées doit être compris entre 1 et 100</translation>
    </message>
    <message>
        <source>Residual value must be none or linear</source>
        <translation>La valeur résiduelle doit être «&#xa0;aucune&#xa0;» ou «&#xa0;linéaire&#xa0;»</translation>
    </message>
    <message>
        <source>B/C ratio definition must be benefits over costs or net of OPEX</source>
        <translation>La définition du ratio B/C doit être «&#xa0;bénéfices sur coûts&#xa0;» ou «&#xa0;nette des OPEX&#xa0;»</translation>
    </message>
    <message>
        <source>First-year fraction must be greater than 0 % and at most 100 %</source>
        <translation>La fraction de la première année doit être supérieure à 0 % et au plus égale à 100 %</translation>
    </message>
    <message>
        <source>The real social discount rate r, in % per year: a cash flow of year t is divided by (1 + r)^(t − t0) to express it in money of the discounting year t0. The guideline&apos;s default is 4&#xa0;%.</source>
        <translation>Le taux d&apos;actualisation social réel r, en % par an&#xa0;: un flux de trésorerie de l&apos;année t est divisé par (1 + r)^(t − t0) pour l&apos;exprimer en monnaie de l&apos;année d&apos;actualisation t0. La valeur par défaut du guide est 4&#xa0;%.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::EconomicsPage</name>
    <message>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <source>Economic parameters</source>
        <translation>Paramètres économiques</translation>
    </message>
    <message>
        <source>Methodology defaults (ENTSO-E CBA guideline): 4 % real discount rate, 25 operating years, no residual value, full first year. Hover over a field for its meaning.</source>
        <translation>Valeurs par défaut de la méthodologie (guide CBA de l&apos;ENTSO-E)&#xa0;: taux d&apos;actualisation réel de 4 %, 25 années d&apos;exploitation, pas de valeur résiduelle, première année complète. Survolez un champ pour en afficher la signification.</translation>
    </message>
    <message>
        <source>Deflator</source>
        <translation>Déflateur</translation>
    </message>
    <message>
        <source>No study</source>
        <translation>Aucune étude</translation>
    </message>
    <message>
        <source>Untitled study</source>
        <translation>Étude sans titre</translation>
    </message>
    <message>
        <source>Price index by year. Money stated in prices of another year than the price base year (%1) is converted with it, so the deflator needs an index for the base year and for every price year used.</source>
        <translation>Indice des prix par année. Les montants exprimés aux prix d&apos;une autre année que l&apos;année de base des prix (%1) sont convertis avec cet indice&#xa0;; le déflateur doit donc contenir un indice pour l&apos;année de base et pour chaque année de prix utilisée.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Add &amp;Scenario</source>
        <translation>Ajouter un &amp;scénario</translation>
    </message>
    <message>
        <source>D&amp;uplicate Scenario</source>
        <translation>D&amp;upliquer le scénario</translation>
    </message>
    <message>
        <source>Remove Scenario</source>
        <translation>Supprimer le scénario</translation>
    </message>
    <message>
        <source>Add &amp;Project</source>
        <translation>Ajouter un &amp;projet</translation>
    </message>
    <message>
        <source>Du&amp;plicate Project</source>
        <translation>Du&amp;pliquer le projet</translation>
    </message>
    <message>
        <source>Remove Project</source>
        <translation>Supprimer le projet</translation>
    </message>
    <message>
        <source>Add a scenario with one study year and one climate year</source>
        <translation>Ajouter un scénario avec une année d&apos;étude et une année climatique</translation>
    </message>
    <message>
        <source>Copy the selected scenario, with the projects&apos; indicator inputs for it</source>
        <translation>Copier le scénario sélectionné, avec les données des indicateurs des projets pour ce scénario</translation>
    </message>
    <message>
        <source>Remove the selected scenario and the projects&apos; indicator inputs for it</source>
        <translation>Supprimer le scénario sélectionné et les données des indicateurs des projets pour ce scénario</translation>
    </message>
    <message>
        <source>Add a project with one empty investment</source>
        <translation>Ajouter un projet avec un investissement vide</translation>
    </message>
    <message>
        <source>Copy the selected project (without its stored analyses)</source>
        <translation>Copier le projet sélectionné (sans ses analyses enregistrées)</translation>
    </message>
    <message>
        <source>Remove the selected project and its stored analyses</source>
        <translation>Supprimer le projet sélectionné et ses analyses enregistrées</translation>
    </message>
    <message>
        <source>Add scenario %1</source>
        <translation>Ajouter le scénario %1</translation>
    </message>
    <message>
        <source>Duplicate scenario %1 as %2</source>
        <translation>Dupliquer le scénario %1 sous le nom %2</translation>
    </message>
    <message>
        <source>Remove scenario %1</source>
        <translation>Supprimer le scénario %1</translation>
    </message>
    <message>
        <source>Scenario %1 removed. Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation>Scénario %1 supprimé. Édition &gt; Annuler (Ctrl+Z) le rétablit.</translation>
    </message>
    <message>
        <source>Add project %1</source>
        <translation>Ajouter le projet %1</translation>
    </message>
    <message>
        <source>Duplicate project %1 as %2</source>
        <translation>Dupliquer le projet %1 sous le nom %2</translation>
    </message>
    <message>
        <source>Remove project %1</source>
        <translation>Supprimer le projet %1</translation>
    </message>
    <message>
        <source>Project %1 removed. Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation>Projet %1 supprimé. Édition &gt; Annuler (Ctrl+Z) le rétablit.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::EditableTable</name>
    <message>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Insert a row below the current one (Insert)</source>
        <translation>Insérer une ligne sous la ligne courante (Inser)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>Supprimer les lignes sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Paste cells copied from a spreadsheet (Ctrl+V)</source>
        <translation>Coller des cellules copiées depuis un tableur (Ctrl+V)</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Replace this table by the rows of a CSV file, after a preview. You can also drop a .csv file on the table.</source>
        <translation>Remplacer cette table par les lignes d&apos;un fichier CSV, après un aperçu. Vous pouvez aussi déposer un fichier .csv sur la table.</translation>
    </message>
    <message>
        <source>Import CSV into %1</source>
        <translation>Importer un CSV dans %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::FuelPricesAdapter</name>
    <message>
        <source>Fuel prices of %1</source>
        <translation>Prix des combustibles de %1</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Combustible</translation>
    </message>
    <message>
        <source>Fuel name as the market model uses it (gas, hardCoal, lignite, …).</source>
        <translation>Nom du combustible tel que l&apos;utilise le modèle de marché (gas, hardCoal, lignite, …).</translation>
    </message>
    <message>
        <source>Study year</source>
        <translation>Année d&apos;étude</translation>
    </message>
    <message>
        <source>One of the scenario&apos;s study years.</source>
        <translation>L&apos;une des années d&apos;étude du scénario.</translation>
    </message>
    <message>
        <source>Price (€/MWh of fuel)</source>
        <translation>Prix (€/MWh de combustible)</translation>
    </message>
    <message>
        <source>Fuel price per MWh of fuel (thermal) in the scenario&apos;s price year; for the market model (the evaluation does not use it).</source>
        <translation>Prix du combustible par MWh de combustible (thermique), dans l&apos;année de prix du scénario&#xa0;; pour le modèle de marché (l&apos;évaluation ne l&apos;utilise pas).</translation>
    </message>
    <message>
        <source>The scenario no longer exists</source>
        <translation>Le scénario n&apos;existe plus</translation>
    </message>
    <message>
        <source>Row %1 no longer exists</source>
        <translation>La ligne %1 n&apos;existe plus</translation>
    </message>
    <message>
        <source>Study year must be one of the study years of %1 (%2)</source>
        <translation>L&apos;année d&apos;étude doit être l&apos;une des années d&apos;étude de %1 (%2)</translation>
    </message>
    <message>
        <source>%1 already has a price for %2</source>
        <translation>%1 a déjà un prix pour %2</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Fuel must have a name</source>
        <translation>Le combustible doit avoir un nom</translation>
    </message>
    <message>
        <source>name the fuel (it is still called “%1”).</source>
        <translation>nommez le combustible (il s&apos;appelle toujours «&#xa0;%1&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::HelpActions</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Read the guide: the methodology in plain words and a walk-through on the sample study</source>
        <translation>Lire le guide&#xa0;: la méthodologie en termes simples et une présentation pas à pas sur l&apos;étude d&apos;exemple</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>&amp;Qu&apos;est-ce que c&apos;est&#xa0;?</translation>
    </message>
    <message>
        <source>Click a field, a column header or a button to read what it means and its unit</source>
        <translation>Cliquez sur un champ, un en-tête de colonne ou un bouton pour lire sa signification et son unité</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::LogPanel</name>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Clear Log</source>
        <translation>Effacer le journal</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Avertissement : </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Erreur : </translation>
    </message>
</context>
<context>
    <name>gridcba::ui::MainWindow</name>
    <message>
        <source>Undo History</source>
        <translation>Historique des annulations</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;ouvert&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Replace the table you last clicked in by the rows of a CSV file, after a preview</source>
        <translation>Remplacer la dernière table dans laquelle vous avez cliqué par les lignes d&apos;un fichier CSV, après un aperçu</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Calcul</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <source>Click in the table you want to import into (study years, CAPEX phasing, indicator inputs, …), then choose File &gt; Import CSV again, or drop the .csv file on the table.</source>
        <translation>Cliquez dans la table dans laquelle vous voulez importer (années d&apos;étude, échelonnement des CAPEX, données des indicateurs, …), puis choisissez à nouveau Fichier &gt; Importer un CSV, ou déposez le fichier .csv sur la table.</translation>
    </message>
    <message>
        <source>Cannot Restore Study</source>
        <translation>Impossible de restaurer l&apos;étude</translation>
    </message>
    <message>
        <source>The autosaved copy of “%1” could not be read. It stays where it is; use Discard to remove it.</source>
        <translation>La copie enregistrée automatiquement de «&#xa0;%1&#xa0;» n&apos;a pas pu être lue. Elle reste à son emplacement&#xa0;; utilisez Abandonner pour la supprimer.</translation>
    </message>
    <message>
        <source>Restored the autosaved changes of “%1” from %2; save to keep them</source>
        <translation>Modifications enregistrées automatiquement de «&#xa0;%1&#xa0;» restaurées depuis %2&#xa0;; enregistrez pour les conserver</translation>
    </message>
    <message>
        <source>GridCBA</source>
        <translation>GridCBA</translation>
    </message>
    <message>
        <source>Untitled study</source>
        <translation>Étude sans titre</translation>
    </message>
    <message>
        <source>%1 — %2[*] — GridCBA</source>
        <extracomment>%1 study name, %2 file name; [*] is where Qt shows &quot;*&quot; while there are unsaved changes.</extracomment>
        <translation>%1 — %2[*] — GridCBA</translation>
    </message>
    <message>
        <source>Market model</source>
        <translation>Modèle de marché</translation>
    </message>
    <message>
        <source>Opened read-only: %1</source>
        <translation>Ouvert en lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — %2 (read-only)[*] — GridCBA</source>
        <extracomment>%1 study name, %2 file name of a study another program has open</extracomment>
        <translation>%1 — %2 (lecture seule)[*] — GridCBA</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::MarketActions</name>
    <message>
        <source>Run &amp;Market Model…</source>
        <translation>Exécuter le &amp;modèle de marché…</translation>
    </message>
    <message>
        <source>Simulate the power systems without and with each project and compute B1–B6 from them</source>
        <translation>Simuler les systèmes électriques sans et avec chaque projet et en déduire B1–B6</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Run Market Model</source>
        <translation>Exécuter le modèle de marché</translation>
    </message>
    <message>
        <source>Cancelling after the current week…</source>
        <translation>Annulation après la semaine en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Market model started: %n work unit(s)</source>
        <translation>
            <numerusform>Modèle de marché lancé&#xa0;: %n unité de travail</numerusform>
            <numerusform>Modèle de marché lancé&#xa0;: %n unités de travail</numerusform>
        </translation>
    </message>
    <message>
        <source>Market model cancelled after %1 s; nothing was stored</source>
        <translation>Modèle de marché annulé après %1 s&#xa0;; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>Market model failed: %1</source>
        <translation>Échec du modèle de marché&#xa0;: %1</translation>
    </message>
    <message>
        <source>The market model stopped; nothing was stored.

%1

Fix the value named (Market model &gt; Power systems, Profiles, or the scenario&apos;s fuel prices) and run again.</source>
        <translation>Le modèle de marché s&apos;est arrêté&#xa0;; rien n&apos;a été enregistré.

%1

Corrigez la valeur indiquée (Modèle de marché &gt; Systèmes électriques, Profils, ou prix des combustibles du scénario) et relancez le calcul.</translation>
    </message>
    <message>
        <source>The study of the market run was closed; its results were not stored</source>
        <translation>L&apos;étude du calcul de marché a été fermée&#xa0;; ses résultats n&apos;ont pas été enregistrés</translation>
    </message>
    <message numerus="yes">
        <source>Run market model (%n work unit(s))</source>
        <translation>
            <numerusform>Exécuter le modèle de marché (%n unité de travail)</numerusform>
            <numerusform>Exécuter le modèle de marché (%n unités de travail)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Market model: %n work unit(s) in %1 s</source>
        <translation>
            <numerusform>Modèle de marché&#xa0;: %n unité de travail en %1 s</numerusform>
            <numerusform>Modèle de marché&#xa0;: %n unités de travail en %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Computed indicator inputs written for %1</source>
        <translation>Données des indicateurs calculées écrites pour %1</translation>
    </message>
    <message>
        <source>No indicator inputs written yet: some climate years of each study year have no result</source>
        <translation>Aucune donnée des indicateurs écrite pour l&apos;instant&#xa0;: certaines années climatiques de chaque année d&apos;étude n&apos;ont pas de résultat</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::MarketJob</name>
    <message>
        <source>unexpected error in the market model</source>
        <translation>erreur inattendue dans le modèle de marché</translation>
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
            <numerusform>coût de franchissement %1 €/MWh&#xa0;; %n année Monte-Carlo par année climatique, graine %2</numerusform>
            <numerusform>coût de franchissement %1 €/MWh&#xa0;; %n années Monte-Carlo par année climatique, graine %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3 t/yr</source>
        <translation>%1 (%2)&#xa0;: %3 t/yr</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Study year</source>
        <translation>Année d&apos;étude</translation>
    </message>
    <message>
        <source>Climate year</source>
        <translation>Année climatique</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>B1 (%1/yr)</source>
        <translation>B1 (%1/yr)</translation>
    </message>
    <message>
        <source>Generation cost without (%1/yr)</source>
        <translation>Coût de production sans (%1/yr)</translation>
    </message>
    <message>
        <source>Generation cost with (%1/yr)</source>
        <translation>Coût de production avec (%1/yr)</translation>
    </message>
    <message>
        <source>B2 ΔCO2 (t/yr)</source>
        <translation>B2 ΔCO2 (t/yr)</translation>
    </message>
    <message>
        <source>B3 avoided curtailment (MWh/yr)</source>
        <translation>B3 écrêtement évité (MWh/yr)</translation>
    </message>
    <message>
        <source>B4 Δpollutants (t/yr)</source>
        <translation>B4 Δpolluants (t/yr)</translation>
    </message>
    <message>
        <source>B5 Δlosses (MWh/yr)</source>
        <translation>B5 Δpertes (MWh/yr)</translation>
    </message>
    <message>
        <source>B5 value, inside B1 (%1/yr)</source>
        <translation>Valeur de B5, incluse dans B1 (%1/yr)</translation>
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
        <translation>Solveur</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Calculé</translation>
    </message>
    <message>
        <source>PINT: the project is put in a grid without it; TOOT: taken out of a grid with it (from the project&apos;s “In reference grid from study year”).</source>
        <translation>PINT&#xa0;: le projet est ajouté à un réseau qui ne le comporte pas&#xa0;; TOOT&#xa0;: il est retiré d&apos;un réseau qui le comporte (selon le champ «&#xa0;Dans le réseau de référence à partir de l&apos;année d&apos;étude&#xa0;» du projet).</translation>
    </message>
    <message>
        <source>Socio-economic welfare: generation cost without minus with the project, in € of the scenario&apos;s price year; positive = benefit. Equals the sum of the zones&apos; surplus split in the chart.</source>
        <translation>Bien-être socio-économique&#xa0;: coût de production sans le projet moins coût avec le projet, en € de l&apos;année de prix du scénario&#xa0;; positif = bénéfice. Égal à la somme de la répartition des surplus des zones dans le graphique.</translation>
    </message>
    <message>
        <source>Yearly generation cost (fuel, CO2 at the market price, variable O&amp;M, demand response) of the run without / with the project.</source>
        <translation>Coût de production annuel (combustible, CO2 au prix de marché, O&amp;M variables, effacement de consommation) du calcul sans / avec le projet.</translation>
    </message>
    <message>
        <source>CO2 emissions with minus without; negative = reduction.</source>
        <translation>Émissions de CO2 avec moins sans&#xa0;; négatif = réduction.</translation>
    </message>
    <message>
        <source>RES curtailment without minus with; positive = benefit.</source>
        <translation>Écrêtement des RES sans moins avec&#xa0;; positif = bénéfice.</translation>
    </message>
    <message>
        <source>Non-CO2 pollutants with minus without, all six summed; hover a cell for each. Negative = reduction.</source>
        <translation>Polluants hors CO2 avec moins sans, somme des six&#xa0;; survolez une cellule pour le détail de chacun. Négatif = réduction.</translation>
    </message>
    <message>
        <source>Losses on the modelled borders with minus without; negative = reduction.</source>
        <translation>Pertes sur les frontières modélisées avec moins sans&#xa0;; négatif = réduction.</translation>
    </message>
    <message>
        <source>−Δ(losses × hourly price): the losses&apos; value is already part of B1, so it is shown here and never added to it.</source>
        <translation>−Δ(pertes × prix horaire)&#xa0;: la valeur des pertes fait déjà partie de B1&#xa0;; elle est donc affichée ici et n&apos;y est jamais ajoutée.</translation>
    </message>
    <message>
        <source>Expected energy not served with minus without, from the Monte Carlo over forced outages; empty when the run had no adequacy.</source>
        <translation>Espérance d&apos;énergie non distribuée avec moins sans, issue du Monte-Carlo sur les indisponibilités fortuites&#xa0;; vide si le calcul n&apos;incluait pas l&apos;adéquation.</translation>
    </message>
    <message>
        <source>Loss-of-load expectation with minus without, hours per year.</source>
        <translation>Espérance de défaillance avec moins sans, en heures par an.</translation>
    </message>
    <message>
        <source>The LP solver, its version and settings, the same in both runs.</source>
        <translation>Le solveur de programmation linéaire, sa version et ses paramètres, identiques dans les deux calculs.</translation>
    </message>
    <message>
        <source>The market settings the run used.</source>
        <translation>Les paramètres de marché utilisés par le calcul.</translation>
    </message>
    <message>
        <source>When (UTC) and by which version the result was computed.</source>
        <translation>Date (UTC) du calcul du résultat et version qui l&apos;a produit.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::MarketResultsView</name>
    <message>
        <source>per zone</source>
        <translation>par zone</translation>
    </message>
    <message>
        <source>per country</source>
        <translation>par pays</translation>
    </message>
    <message>
        <source>Split the selected row&apos;s B1 (per year, in the money unit set in Settings) into consumer surplus, producer surplus and congestion rent per bidding zone, or summed per country</source>
        <translation>Répartir le B1 de la ligne sélectionnée (par an, dans l&apos;unité monétaire définie dans Paramètres) en surplus du consommateur, surplus du producteur et rente de congestion par zone de dépôt des offres, ou en somme par pays</translation>
    </message>
    <message>
        <source>Run Market Model…</source>
        <translation>Exécuter le modèle de marché…</translation>
    </message>
    <message>
        <source>B1 of the selected row</source>
        <translation>B1 de la ligne sélectionnée</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No project is shown.</source>
        <translation>Aucun projet n&apos;est affiché.</translation>
    </message>
    <message>
        <source>%1 changes no border, so the market model has nothing to compare. Add its ΔNTC in the Borders and cost shares tab.</source>
        <translation>%1 ne modifie aucune frontière&#xa0;; le modèle de marché n&apos;a donc rien à comparer. Ajoutez son ΔNTC dans l&apos;onglet Frontières et quotes-parts des coûts.</translation>
    </message>
    <message>
        <source>No market-model results for %1 yet. Give the scenarios power systems (Market model &gt; Power systems) and run the model.</source>
        <translation>Pas encore de résultats du modèle de marché pour %1. Dotez les scénarios de systèmes électriques (Modèle de marché &gt; Systèmes électriques) et exécutez le modèle.</translation>
    </message>
    <message numerus="yes">
        <source>%n stored result(s), € of each scenario&apos;s price year. B1–B6 of the indicator inputs computed from them (tinted in the Indicator inputs tab): %1.</source>
        <translation>
            <numerusform>%n résultat enregistré, en € de l&apos;année de prix de chaque scénario. B1–B6 des données des indicateurs calculés à partir de ce résultat (teintés dans l&apos;onglet Données des indicateurs)&#xa0;: %1.</numerusform>
            <numerusform>%n résultats enregistrés, en € de l&apos;année de prix de chaque scénario. B1–B6 des données des indicateurs calculés à partir de ces résultats (teintés dans l&apos;onglet Données des indicateurs)&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet (a climate year is missing)</source>
        <translation>aucun pour l&apos;instant (il manque une année climatique)</translation>
    </message>
    <message numerus="yes">
        <source>%n stored result(s) could not be read by this version.</source>
        <translation>
            <numerusform>%n résultat enregistré n&apos;a pas pu être lu par cette version.</numerusform>
            <numerusform>%n résultats enregistrés n&apos;ont pas pu être lus par cette version.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2, climate year %3</source>
        <extracomment>%1 scenario, %2 study year, %3 climate year</extracomment>
        <translation>%1 %2, année climatique %3</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::MarketRunDialog</name>
    <message>
        <source>Compute adequacy (B6): Monte Carlo over forced outages</source>
        <translation>Calculer l&apos;adéquation (B6)&#xa0;: Monte-Carlo sur les indisponibilités fortuites</translation>
    </message>
    <message>
        <source>Run Market Model</source>
        <translation>Exécuter le modèle de marché</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Runs without and with the project&apos;s ΔNTC</source>
        <translation>Calculs sans et avec le ΔNTC du projet</translation>
    </message>
    <message>
        <source>The project changes no border, so the market model has nothing to compare (Borders and cost shares tab)</source>
        <translation>Le projet ne modifie aucune frontière&#xa0;; le modèle de marché n&apos;a donc rien à comparer (onglet Frontières et quotes-parts des coûts)</translation>
    </message>
    <message>
        <source>No power system in any study year (Market model &gt; Power systems)</source>
        <translation>Aucun système électrique dans aucune année d&apos;étude (Modèle de marché &gt; Systèmes électriques)</translation>
    </message>
    <message>
        <source>Power systems for %1</source>
        <translation>Systèmes électriques pour %1</translation>
    </message>
    <message numerus="yes">
        <source>%n Monte Carlo year(s) per climate year, set in Market model &gt; Settings; without it B6 is left as it was</source>
        <translation>
            <numerusform>%n année Monte-Carlo par année climatique (réglage dans Modèle de marché &gt; Paramètres)&#xa0;; sans cette option, B6 reste inchangé</numerusform>
            <numerusform>%n années Monte-Carlo par année climatique (réglage dans Modèle de marché &gt; Paramètres)&#xa0;; sans cette option, B6 reste inchangé</numerusform>
        </translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Each project is simulated without and with its ΔNTC (PINT, or TOOT from its “In reference grid from study year”) in every study year of the ticked scenarios that has a power system, for each climate year. The results replace B1–B6 of the indicator inputs as one step you can undo.</source>
        <translation>Chaque projet est simulé sans et avec son ΔNTC (PINT, ou TOOT selon son champ «&#xa0;Dans le réseau de référence à partir de l&apos;année d&apos;étude&#xa0;») pour chaque année d&apos;étude des scénarios cochés disposant d&apos;un système électrique, et pour chaque année climatique. Les résultats remplacent B1–B6 des données des indicateurs en une seule étape, que vous pouvez annuler.</translation>
    </message>
    <message>
        <source>Nothing to run: tick a project that changes a border and a scenario with a power system.</source>
        <translation>Rien à exécuter&#xa0;: cochez un projet qui modifie une frontière et un scénario disposant d&apos;un système électrique.</translation>
    </message>
    <message numerus="yes">
        <source>%n work unit(s) (project × scenario × study year × climate year), each run without and with the project.</source>
        <translation>
            <numerusform>%n unité de travail (projet × scénario × année d&apos;étude × année climatique), chacune calculée sans et avec le projet.</numerusform>
            <numerusform>%n unités de travail (projet × scénario × année d&apos;étude × année climatique), chacune calculée sans et avec le projet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gridcba::ui::MarketSettingsAdapter</name>
    <message>
        <source>Market model settings</source>
        <translation>Paramètres du modèle de marché</translation>
    </message>
    <message>
        <source>Hurdle cost (€/MWh)</source>
        <translation>Coût de franchissement (€/MWh)</translation>
    </message>
    <message>
        <source>Cost added to every MWh crossing a border, so that flows are not arbitrary where prices are equal (methodology §5: 0.01 €/MWh). Not part of B1.</source>
        <translation>Coût ajouté à chaque MWh traversant une frontière, afin que les flux ne soient pas arbitraires lorsque les prix sont égaux (méthodologie §5&#xa0;: 0.01 €/MWh). Ne fait pas partie de B1.</translation>
    </message>
    <message>
        <source>Monte Carlo years per climate year</source>
        <translation>Années Monte-Carlo par année climatique</translation>
    </message>
    <message>
        <source>Years of random forced outages drawn per climate year for adequacy (B6); 0 skips the Monte Carlo.</source>
        <translation>Années d&apos;indisponibilités fortuites aléatoires tirées par année climatique pour l&apos;adéquation (B6)&#xa0;; 0 désactive le Monte-Carlo.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Seed of the forced-outage draws: the same seed gives the same B6 on every machine.</source>
        <translation>Graine des tirages d&apos;indisponibilités fortuites&#xa0;: la même graine donne le même B6 sur toutes les machines.</translation>
    </message>
    <message>
        <source>Primal tolerance</source>
        <translation>Tolérance primale</translation>
    </message>
    <message>
        <source>Clp&apos;s primal feasibility tolerance, 1e-12 to 1e-5, the same in every run (B1 is a small difference of large costs).</source>
        <translation>Tolérance de réalisabilité primale de Clp, de 1e-12 à 1e-5, identique dans tous les calculs (B1 est une petite différence entre de grands coûts).</translation>
    </message>
    <message>
        <source>Dual tolerance</source>
        <translation>Tolérance duale</translation>
    </message>
    <message>
        <source>Clp&apos;s dual feasibility tolerance, 1e-12 to 1e-5.</source>
        <translation>Tolérance de réalisabilité duale de Clp, de 1e-12 à 1e-5.</translation>
    </message>
    <message>
        <source>The settings have one row</source>
        <translation>Les paramètres comportent une seule ligne</translation>
    </message>
    <message>
        <source>Hurdle cost must be 0 €/MWh or more</source>
        <translation>Le coût de franchissement doit être supérieur ou égal à 0 €/MWh</translation>
    </message>
    <message>
        <source>Monte Carlo years per climate year must be between 0 and %1</source>
        <translation>Le nombre d&apos;années Monte-Carlo par année climatique doit être compris entre 0 et %1</translation>
    </message>
    <message>
        <source>Seed must be a whole number 0 or more, not “%1”</source>
        <translation>La graine doit être un nombre entier supérieur ou égal à 0, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 must be a number between 1e-12 and 1e-5, not “%2”</source>
        <translation>%1 doit être un nombre compris entre 1e-12 et 1e-5, et non «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::MarketSettingsPage</name>
    <message>
        <source>Market model settings</source>
        <translation>Paramètres du modèle de marché</translation>
    </message>
    <message>
        <source>Settings of every market-model run of this study. They are recorded with each result, so a change applies to the next run (Run &gt; Run Market Model…), not to the results already stored.</source>
        <translation>Paramètres de tous les calculs du modèle de marché de cette étude. Ils sont enregistrés avec chaque résultat&#xa0;; une modification s&apos;applique donc au calcul suivant (Calcul &gt; Exécuter le modèle de marché…), et non aux résultats déjà enregistrés.</translation>
    </message>
    <message>
        <source>Solver</source>
        <translation>Solveur</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::McInputsModel</name>
    <message>
        <source>Input (unit)</source>
        <translation>Entrée (unité)</translation>
    </message>
    <message>
        <source>Distribution (parameters in the input&apos;s unit)</source>
        <translation>Distribution (paramètres dans l&apos;unité de l&apos;entrée)</translation>
    </message>
    <message>
        <source>The inputs that can be sampled, with their unit: check those to draw at random; select one to edit its distribution.</source>
        <translation>Les entrées pouvant être échantillonnées, avec leur unité&#xa0;: cochez celles à tirer au hasard&#xa0;; sélectionnez-en une pour modifier sa distribution.</translation>
    </message>
    <message>
        <source>The distribution the input is drawn from, with its parameters in the input&apos;s unit.</source>
        <translation>La distribution selon laquelle l&apos;entrée est tirée, avec ses paramètres dans l&apos;unité de l&apos;entrée.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::MonteCarloDefinitionPanel</name>
    <message>
        <source>Run Monte Carlo</source>
        <translation>Exécuter le Monte-Carlo</translation>
    </message>
    <message>
        <source>Number of draws; the same seed and samples give the same numbers</source>
        <translation>Nombre de tirages&#xa0;; une même graine et un même nombre de tirages donnent les mêmes résultats</translation>
    </message>
    <message>
        <source>Seed of the random numbers, stored with the run so it can be re-run to the same numbers</source>
        <translation>Graine des nombres aléatoires, enregistrée avec le calcul pour qu&apos;il puisse être relancé et redonner les mêmes nombres</translation>
    </message>
    <message>
        <source>Name of the run (optional)</source>
        <translation>Nom du calcul (facultatif)</translation>
    </message>
    <message>
        <source>Sample the checked inputs and store the run in the study</source>
        <translation>Échantillonner les entrées cochées et enregistrer le calcul dans l&apos;étude</translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation>Tirages&#xa0;:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Graine&#xa0;:</translation>
    </message>
    <message>
        <source>Run name:</source>
        <translation>Nom du calcul&#xa0;:</translation>
    </message>
    <message>
        <source>Inputs sampled (check) and their distributions</source>
        <translation>Entrées échantillonnées (à cocher) et leurs distributions</translation>
    </message>
    <message>
        <source>Target Spearman rank correlation between the two inputs</source>
        <translation>Corrélation de rang de Spearman visée entre les deux entrées</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Correlate the two inputs; both are then sampled</source>
        <translation>Corréler les deux entrées&#xa0;; toutes deux sont alors échantillonnées</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Rank correlations (optional), ρ</source>
        <translation>Corrélations de rang (facultatives), ρ</translation>
    </message>
    <message>
        <source>%1 ↔ %2: ρ = %3</source>
        <translation>%1 ↔ %2&#xa0;: ρ = %3</translation>
    </message>
    <message>
        <source>The run is stored in the study&apos;s run history under this name; without one it is called “Monte Carlo” and a number</source>
        <translation>Le calcul est enregistré sous ce nom dans l&apos;historique des calculs de l&apos;étude&#xa0;; sans nom, il est appelé «&#xa0;Monte-Carlo&#xa0;» suivi d&apos;un numéro</translation>
    </message>
    <message>
        <source>One of the two inputs whose draws are to move together, with the rank correlation ρ on the right</source>
        <translation>L&apos;une des deux entrées dont les tirages doivent évoluer ensemble, avec la corrélation de rang ρ à droite</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::MonteCarloJob</name>
    <message>
        <source>unexpected error in the Monte Carlo engine</source>
        <translation>erreur inattendue dans le moteur Monte-Carlo</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::MonteCarloResultsView</name>
    <message>
        <source>The scenario whose histogram and drivers are shown</source>
        <translation>Le scénario dont l&apos;histogramme et les déterminants sont affichés</translation>
    </message>
    <message>
        <source>Histogram and drivers of scenario:</source>
        <translation>Histogramme et déterminants du scénario&#xa0;:</translation>
    </message>
    <message>
        <source>No Monte Carlo analysis has been run for this project yet.</source>
        <translation>Aucune analyse Monte-Carlo n&apos;a encore été exécutée pour ce projet.</translation>
    </message>
    <message>
        <source>Run a Monte Carlo analysis to see the NPV distribution.</source>
        <translation>Lancez une analyse Monte-Carlo pour voir la distribution de la VAN.</translation>
    </message>
    <message>
        <source>Run a Monte Carlo analysis to see the S-curve.</source>
        <translation>Lancez une analyse Monte-Carlo pour voir la courbe en S.</translation>
    </message>
    <message>
        <source>Run a Monte Carlo analysis to see what drives the NPV.</source>
        <translation>Lancez une analyse Monte-Carlo pour voir ce qui détermine la VAN.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>NPV P10
(M€)</source>
        <translation>VAN P10
(M€)</translation>
    </message>
    <message>
        <source>NPV P50
(M€)</source>
        <translation>VAN P50
(M€)</translation>
    </message>
    <message>
        <source>NPV P90
(M€)</source>
        <translation>VAN P90
(M€)</translation>
    </message>
    <message>
        <source>NPV mean
(M€)</source>
        <translation>VAN moyenne
(M€)</translation>
    </message>
    <message>
        <source>NPV std. dev.
(M€)</source>
        <translation>Écart-type VAN
(M€)</translation>
    </message>
    <message>
        <source>P(NPV &gt; 0)
(%)</source>
        <translation>P(VAN &gt; 0)
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
        <translation>Paramètres économiques</translation>
    </message>
    <message>
        <source>Prefilled with the defaults for new studies from the settings; the ENTSO-E guideline&apos;s are 2023 prices, 4 % and 25 years.</source>
        <translation>Prérempli avec les valeurs par défaut des nouvelles études définies dans les paramètres&#xa0;; celles du guide de l&apos;ENTSO-E sont&#xa0;: prix 2023, 4 % et 25 ans.</translation>
    </message>
    <message>
        <source>&amp;Price base year:</source>
        <translation>Année de base des &amp;prix&#xa0;:</translation>
    </message>
    <message>
        <source>All money in the study is in real euros of this year&apos;s prices. Money given in other price years is converted with the deflator.</source>
        <translation>Tous les montants de l&apos;étude sont en euros réels aux prix de cette année. Les montants exprimés dans d&apos;autres années de prix sont convertis avec le déflateur.</translation>
    </message>
    <message>
        <source>&amp;Discount rate (real):</source>
        <translation>Taux d&apos;&amp;actualisation (réel)&#xa0;:</translation>
    </message>
    <message>
        <source>% per year</source>
        <translation>% par an</translation>
    </message>
    <message>
        <source>Social discount rate r applied to every yearly cash flow x_t: present value = Σ x_t / (1 + r)^(t − t0). ENTSO-E default: 4 %.</source>
        <translation>Taux d&apos;actualisation social r appliqué à chaque flux de trésorerie annuel x_t&#xa0;: valeur actualisée = Σ x_t / (1 + r)^(t − t0). Valeur par défaut de l&apos;ENTSO-E&#xa0;: 4 %.</translation>
    </message>
    <message>
        <source>Discounting &amp;year (t0):</source>
        <translation>A&amp;nnée d&apos;actualisation (t0)&#xa0;:</translation>
    </message>
    <message>
        <source>The year to which present values are expressed, usually the study&apos;s reference year.</source>
        <translation>L&apos;année à laquelle les valeurs actualisées sont rapportées, en général l&apos;année de référence de l&apos;étude.</translation>
    </message>
    <message>
        <source>&amp;Operating years assessed (N):</source>
        <translation>Années d&apos;&amp;exploitation évaluées (N)&#xa0;:</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>Benefits and OPEX are counted for N years from the commissioning year. ENTSO-E default: 25.</source>
        <translation>Les bénéfices et les OPEX sont comptabilisés pendant N années à partir de l&apos;année de mise en service. Valeur par défaut de l&apos;ENTSO-E&#xa0;: 25.</translation>
    </message>
    <message>
        <source>Use the &amp;ENTSO-E defaults</source>
        <translation>Utiliser les valeurs par défaut de l&apos;&amp;ENTSO-E</translation>
    </message>
    <message>
        <source>2023 prices, 4 %, discounting year 2025, N = 25.</source>
        <translation>Prix 2023, 4 %, année d&apos;actualisation 2025, N = 25.</translation>
    </message>
    <message>
        <source>Also set to the guideline&apos;s defaults, to change later on the Economics page: no residual value; B/C ratio = (benefits + residual value) / (CAPEX + OPEX); the commissioning year counted in full; a deflator holding the price base year at 1.0.</source>
        <translation>Également réglés sur les valeurs par défaut du guide, modifiables ensuite dans la page Économie&#xa0;: pas de valeur résiduelle&#xa0;; ratio B/C = (bénéfices + valeur résiduelle) / (CAPEX + OPEX)&#xa0;; l&apos;année de mise en service comptée en totalité&#xa0;; un déflateur fixant l&apos;année de base des prix à 1.0.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; the scenarios&apos; default prices are in %1 €. With another price base year, add the %1 price index to the deflator before evaluating.</source>
        <translation>&lt;b&gt;Remarque&#xa0;:&lt;/b&gt; les prix par défaut des scénarios sont en € de %1. Avec une autre année de base des prix, ajoutez l&apos;indice des prix de %1 au déflateur avant l&apos;évaluation.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::NewStudyInfoPage</name>
    <message>
        <source>New study</source>
        <translation>Nouvelle étude</translation>
    </message>
    <message>
        <source>Name the study. The next pages start it from the ENTSO-E CBA defaults; everything can be changed later in the editors.</source>
        <translation>Nommez l&apos;étude. Les pages suivantes la créent à partir des valeurs par défaut CBA de l&apos;ENTSO-E&#xa0;; tout peut être modifié ultérieurement dans les éditeurs.</translation>
    </message>
    <message>
        <source>e.g. TYNDP 2024 – North Sea interconnectors</source>
        <translation>p. ex. TYNDP 2024 – Interconnexions en mer du Nord</translation>
    </message>
    <message>
        <source>Purpose, perimeter, sources of the inputs…</source>
        <translation>Objet, périmètre, sources des données…</translation>
    </message>
    <message>
        <source>Study &amp;name:</source>
        <translation>&amp;Nom de l&apos;étude&#xa0;:</translation>
    </message>
    <message>
        <source>Shown in the window title and on the report&apos;s cover. Required.</source>
        <translation>Affiché dans le titre de la fenêtre et sur la couverture du rapport. Obligatoire.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Free text printed at the start of the report.</source>
        <translation>Texte libre imprimé au début du rapport.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::NewStudyProjectPage</name>
    <message>
        <source>&amp;Add a first project</source>
        <translation>&amp;Ajouter un premier projet</translation>
    </message>
    <message>
        <source>First project</source>
        <translation>Premier projet</translation>
    </message>
    <message>
        <source>Optional: the project to assess. Projects can also be added later.</source>
        <translation>Facultatif&#xa0;: le projet à évaluer. Des projets peuvent aussi être ajoutés ultérieurement.</translation>
    </message>
    <message>
        <source>Interconnector</source>
        <translation>Interconnexion</translation>
    </message>
    <message>
        <source>Internal reinforcement</source>
        <translation>Renforcement interne</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Other project</source>
        <translation>Autre projet</translation>
    </message>
    <message>
        <source>Project &amp;id:</source>
        <translation>&amp;Identifiant du projet&#xa0;:</translation>
    </message>
    <message>
        <source>A short unique code, e.g. the TYNDP project number; used in file names and the command line.</source>
        <translation>Un code court et unique, p. ex. le numéro de projet TYNDP&#xa0;; utilisé dans les noms de fichiers et en ligne de commande.</translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation>&amp;Nom du projet&#xa0;:</translation>
    </message>
    <message>
        <source>The project&apos;s full name.</source>
        <translation>Le nom complet du projet.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Interconnector (cross-border), internal reinforcement or storage.</source>
        <translation>Interconnexion (transfrontalière), renforcement interne ou stockage.</translation>
    </message>
    <message>
        <source>&amp;Commissioning year:</source>
        <translation>Année de &amp;mise en service&#xa0;:</translation>
    </message>
    <message>
        <source>The first year of operation: benefits and OPEX count from this year for N years.</source>
        <translation>La première année d&apos;exploitation&#xa0;: les bénéfices et les OPEX sont comptabilisés à partir de cette année pendant N années.</translation>
    </message>
    <message>
        <source>The project starts with no investments and no indicator inputs: add its CAPEX, OPEX and benefits (B1–B9) per scenario and study year in the project editor before evaluating it.</source>
        <translation>Le projet démarre sans investissement ni donnée des indicateurs&#xa0;: ajoutez ses CAPEX, OPEX et bénéfices (B1–B9) par scénario et année d&apos;étude dans l&apos;éditeur de projet avant de l&apos;évaluer.</translation>
    </message>
    <message>
        <source>Tick to start the study with a project: its id, name, kind and commissioning year. Without it the study starts with none.</source>
        <translation>Cochez pour démarrer l&apos;étude avec un projet&#xa0;: son identifiant, son nom, son type et son année de mise en service. Sinon, l&apos;étude démarre sans projet.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::NewStudyScenariosPage</name>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>The TYNDP scenarios to assess, with the TYNDP 2024 default carbon prices for their study years.</source>
        <translation>Les scénarios TYNDP à évaluer, avec les prix du carbone par défaut du TYNDP 2024 pour leurs années d&apos;étude.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>&amp;Value of lost load (VOLL):</source>
        <translation>&amp;Valeur de l&apos;énergie non distribuée (VOLL)&#xa0;:</translation>
    </message>
    <message>
        <source>€/MWh (%1 prices)</source>
        <translation>€/MWh (prix de %1)</translation>
    </message>
    <message>
        <source>What a MWh of energy not served costs consumers; it monetises adequacy (B6 = −ΔEENS × VOLL). There is no default: enter the value your study uses. It applies to every scenario and study year.</source>
        <translation>Ce que coûte aux consommateurs un MWh d&apos;énergie non distribuée&#xa0;; elle monétise l&apos;adéquation (B6 = −ΔEENS × VOLL). Il n&apos;y a pas de valeur par défaut&#xa0;: saisissez la valeur utilisée par votre étude. Elle s&apos;applique à tous les scénarios et à toutes les années d&apos;étude.</translation>
    </message>
    <message>
        <source>&amp;Climate year:</source>
        <translation>Année &amp;climatique&#xa0;:</translation>
    </message>
    <message>
        <source>The weather year of the market studies; it gets weight 1. Add more climate years with their weights in the scenario editor (TYNDP 2024: 1995, 2008, 2009).</source>
        <translation>L&apos;année météorologique des études de marché&#xa0;; elle reçoit la pondération 1. Ajoutez d&apos;autres années climatiques avec leurs pondérations dans l&apos;éditeur de scénarios (TYNDP 2024&#xa0;: 1995, 2008, 2009).</translation>
    </message>
    <message>
        <source>Scenarios and their study years</source>
        <translation>Scénarios et leurs années d&apos;étude</translation>
    </message>
    <message>
        <source>The years the scenario is modelled in, separated by commas (e.g. 2030, 2040). Benefits are interpolated linearly between study years and held constant after the last one.</source>
        <translation>Les années pour lesquelles le scénario est modélisé, séparées par des virgules (p. ex. 2030, 2040). Les bénéfices sont interpolés linéairement entre les années d&apos;étude et maintenus constants après la dernière.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Study years:</source>
        <translation>Années d&apos;étude&#xa0;:</translation>
    </message>
    <message>
        <source>Study years of %1: give whole years between 1900 and 2200, separated by commas.</source>
        <translation>Années d&apos;étude de %1&#xa0;: indiquez des années entières entre 1900 et 2200, séparées par des virgules.</translation>
    </message>
    <message>
        <source>Choose at least one scenario.</source>
        <translation>Choisissez au moins un scénario.</translation>
    </message>
    <message>
        <source>Enter the value of lost load (VOLL): it has no default.</source>
        <translation>Saisissez la valeur de l&apos;énergie non distribuée (VOLL)&#xa0;: elle n&apos;a pas de valeur par défaut.</translation>
    </message>
    <message>
        <source>VOLL must be a number of €/MWh greater than 0, got &quot;%1&quot;.</source>
        <translation>La VOLL doit être un nombre de €/MWh supérieur à 0&#xa0;; valeur saisie&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Carbon prices the study years get: TYNDP 2024 defaults in €/t (%1 prices), interpolated between 2030, 2040 and 2050.</source>
        <translation>Prix du carbone attribués aux années d&apos;étude&#xa0;: valeurs par défaut du TYNDP 2024 en €/t (prix de %1), interpolées entre 2030, 2040 et 2050.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Societal cost of carbon low / central / high</source>
        <translation>Coût social du carbone bas / central / haut</translation>
    </message>
    <message>
        <source>Market CO2 price</source>
        <translation>Prix de marché du CO2</translation>
    </message>
    <message>
        <source>* outside 2030–2040, where the guideline gives no societal cost of carbon: the nearest year&apos;s values are used; check them.</source>
        <translation>* hors de 2030–2040, où le guide ne donne pas de coût social du carbone&#xa0;: les valeurs de l&apos;année la plus proche sont utilisées&#xa0;; vérifiez-les.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::NewStudyWizard</name>
    <message>
        <source>New Study</source>
        <translation>Nouvelle étude</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::NpvByProjectChart</name>
    <message>
        <source>NPV per project and scenario</source>
        <translation>VAN par projet et par scénario</translation>
    </message>
    <message>
        <source>No project has results to show.</source>
        <translation>Aucun projet n&apos;a de résultats à afficher.</translation>
    </message>
    <message>
        <source>Project (one bar per scenario)</source>
        <translation>Projet (une barre par scénario)</translation>
    </message>
    <message>
        <source>Net present value</source>
        <translation>Valeur actuelle nette</translation>
    </message>
    <message>
        <source>%1
%2: NPV %3</source>
        <translation>%1
%2&#xa0;: VAN %3</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::NpvHistogramChart</name>
    <message>
        <source>Distribution of NPV</source>
        <translation>Distribution de la VAN</translation>
    </message>
    <message>
        <source>Samples per bin</source>
        <translation>Tirages par classe</translation>
    </message>
    <message>
        <source>Run a Monte Carlo analysis to see the NPV distribution.</source>
        <translation>Lancez une analyse Monte-Carlo pour voir la distribution de la VAN.</translation>
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
        <translation>Distribution de la VAN — %1</translation>
    </message>
    <message>
        <source>Net present value (M€ of %1)</source>
        <translation>Valeur actuelle nette (M€ de %1)</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::NpvRangeChart</name>
    <message>
        <source>NPV and B/C ratio per scenario</source>
        <translation>VAN et ratio B/C par scénario</translation>
    </message>
    <message>
        <source>Benefit/cost ratio (–)</source>
        <translation>Ratio bénéfices/coûts (–)</translation>
    </message>
    <message>
        <source>No results to show.</source>
        <translation>Aucun résultat à afficher.</translation>
    </message>
    <message>
        <source>The project is not assessed in any scenario.</source>
        <translation>Le projet n&apos;est évalué dans aucun scénario.</translation>
    </message>
    <message>
        <source>Net present value (NPV)</source>
        <translation>Valeur actuelle nette (VAN)</translation>
    </message>
    <message>
        <source>NPV range over scenarios: %1 to %2</source>
        <translation>Plage de VAN sur les scénarios&#xa0;: de %1 à %2</translation>
    </message>
    <message>
        <source>B/C %1</source>
        <translation>B/C %1</translation>
    </message>
    <message>
        <source>Benefit/cost ratio (right axis)</source>
        <translation>Ratio bénéfices/coûts (axe de droite)</translation>
    </message>
    <message>
        <source>Scenario (bars: NPV, diamonds: B/C ratio)</source>
        <translation>Scénario (barres&#xa0;: VAN, losanges&#xa0;: ratio B/C)</translation>
    </message>
    <message>
        <source>Net present value</source>
        <translation>Valeur actuelle nette</translation>
    </message>
    <message>
        <source>%1
Net present value: %2</source>
        <translation>%1
Valeur actuelle nette&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1
Benefit/cost ratio: %2</source>
        <translation>%1
Ratio bénéfices/coûts&#xa0;: %2</translation>
    </message>
    <message>
        <source>NPV range over scenarios
from %1 to %2</source>
        <translation>Plage de VAN sur les scénarios
de %1 à %2</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::PlotWidget</name>
    <message>
        <source>%1 (%2 of %3)</source>
        <extracomment>%1 a quantity, %2 the money unit (M€), %3 the price base year</extracomment>
        <translation>%1 (%2 de %3)</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::PowerSystemAdapters</name>
    <message>
        <source>above 0 %</source>
        <translation>0 % (exclu)</translation>
    </message>
    <message>
        <source>below 100 %</source>
        <translation>100 % (exclu)</translation>
    </message>
    <message>
        <source>%1 must be %2 to %3</source>
        <translation>%1 doit être compris entre %2 et %3</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1 “%2” is not a zone of this power system; add it in the Zones table first</source>
        <translation>%1 «&#xa0;%2&#xa0;» n&apos;est pas une zone de ce système électrique&#xa0;; ajoutez-la d&apos;abord dans la table Zones</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>May be left empty.</source>
        <translation>Peut rester vide.</translation>
    </message>
    <message>
        <source>Empty: %1.</source>
        <translation>Vide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Bidding-zone code, unique in the system (“DE00”, “ITN1”). Renaming it renames it in every table of this system.</source>
        <translation>Code de la zone de dépôt des offres, unique dans le système («&#xa0;DE00&#xa0;», «&#xa0;ITN1&#xa0;»). Le renommer le renomme dans toutes les tables de ce système.</translation>
    </message>
    <message>
        <source>Zone must not be empty</source>
        <translation>La zone ne doit pas être vide</translation>
    </message>
    <message>
        <source>The power system no longer exists</source>
        <translation>Le système électrique n&apos;existe plus</translation>
    </message>
    <message>
        <source>Zone “%1” is already in this system</source>
        <translation>La zone «&#xa0;%1&#xa0;» figure déjà dans ce système</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The zone&apos;s name in tables and charts.</source>
        <translation>Le nom de la zone dans les tables et les graphiques.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>ISO 3166 code of the zone&apos;s country (“DE”; TYNDP&apos;s “UK” and “EL” are accepted). B1 per country sums its zones.</source>
        <translation>Code ISO 3166 du pays de la zone («&#xa0;DE&#xa0;»&#xa0;; les codes «&#xa0;UK&#xa0;» et «&#xa0;EL&#xa0;» du TYNDP sont acceptés). B1 par pays additionne les zones du pays.</translation>
    </message>
    <message>
        <source>Country must not be empty (an ISO code such as DE)</source>
        <translation>Le pays ne doit pas être vide (un code ISO tel que DE)</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>UE</translation>
    </message>
    <message>
        <source>Whether the zone is in the EU, for the EU-only perimeter of the results.</source>
        <translation>Indique si la zone fait partie de l&apos;UE, pour le périmètre UE des résultats.</translation>
    </message>
    <message>
        <source>Annual demand (GWh)</source>
        <translation>Consommation annuelle (GWh)</translation>
    </message>
    <message>
        <source>Yearly demand of a profile with mean 1, in GWh (the key annualDemandMwh is in MWh). Hourly demand = annual demand / 8,760 × the demand profile&apos;s value of the hour.</source>
        <translation>Consommation annuelle d&apos;un profil de moyenne 1, en GWh (la clé annualDemandMwh est en MWh). Consommation horaire = consommation annuelle / 8&#xa0;760 × valeur du profil de consommation pour l&apos;heure considérée.</translation>
    </message>
    <message>
        <source>Annual demand</source>
        <translation>Consommation annuelle</translation>
    </message>
    <message>
        <source>Demand profile</source>
        <translation>Profil de consommation</translation>
    </message>
    <message>
        <source>Id of the relative-demand profile (mean about 1) in the profile library.</source>
        <translation>Identifiant du profil de consommation relative (moyenne d&apos;environ 1) dans la bibliothèque de profils.</translation>
    </message>
    <message>
        <source>VOLL (€/MWh)</source>
        <translation>VOLL (€/MWh)</translation>
    </message>
    <message>
        <source>Value of lost load of this zone in €/MWh of the scenario&apos;s price year; empty: the study year&apos;s VOLL.</source>
        <translation>Valeur de l&apos;énergie non distribuée de cette zone, en €/MWh de l&apos;année de prix du scénario&#xa0;; vide&#xa0;: la VOLL de l&apos;année d&apos;étude.</translation>
    </message>
    <message>
        <source>VOLL must be above 0 €/MWh, or empty for the study year&apos;s</source>
        <translation>La VOLL doit être supérieure à 0 €/MWh, ou vide pour utiliser celle de l&apos;année d&apos;étude</translation>
    </message>
    <message>
        <source>From zone</source>
        <translation>Zone de départ</translation>
    </message>
    <message>
        <source>Zone at one end of the border.</source>
        <translation>Zone à une extrémité de la frontière.</translation>
    </message>
    <message>
        <source>To zone</source>
        <translation>Zone d&apos;arrivée</translation>
    </message>
    <message>
        <source>Zone at the other end of the border.</source>
        <translation>Zone à l&apos;autre extrémité de la frontière.</translation>
    </message>
    <message>
        <source>NTC from → to (MW)</source>
        <translation>NTC départ → arrivée (MW)</translation>
    </message>
    <message>
        <source>Net transfer capacity from the first zone to the second, MW (times the hourly factor of the forward profile, if one is given).</source>
        <translation>Capacité nette de transfert de la première zone vers la seconde, en MW (multipliée par le facteur horaire du profil aller, s&apos;il est indiqué).</translation>
    </message>
    <message>
        <source>NTC from → to</source>
        <translation>NTC départ → arrivée</translation>
    </message>
    <message>
        <source>NTC to → from (MW)</source>
        <translation>NTC arrivée → départ (MW)</translation>
    </message>
    <message>
        <source>Net transfer capacity from the second zone to the first, MW.</source>
        <translation>Capacité nette de transfert de la seconde zone vers la première, en MW.</translation>
    </message>
    <message>
        <source>NTC to → from</source>
        <translation>NTC arrivée → départ</translation>
    </message>
    <message>
        <source>Profile from → to</source>
        <translation>Profil départ → arrivée</translation>
    </message>
    <message>
        <source>Optional id of a profile of hourly factors 0..1 of the forward NTC; empty: the full NTC every hour.</source>
        <translation>Identifiant facultatif d&apos;un profil de facteurs horaires 0..1 de la NTC aller&#xa0;; vide&#xa0;: la NTC complète à chaque heure.</translation>
    </message>
    <message>
        <source>Profile to → from</source>
        <translation>Profil arrivée → départ</translation>
    </message>
    <message>
        <source>Optional id of a profile of hourly factors 0..1 of the backward NTC.</source>
        <translation>Identifiant facultatif d&apos;un profil de facteurs horaires 0..1 de la NTC retour.</translation>
    </message>
    <message>
        <source>Losses (%)</source>
        <translation>Pertes (%)</translation>
    </message>
    <message>
        <source>Share of a flow lost on the way, 0 to 50 %: the importing zone receives (1 − losses) of what leaves the exporting zone. Enters B5.</source>
        <translation>Part d&apos;un flux perdue en chemin, de 0 à 50 %&#xa0;: la zone importatrice reçoit (1 − pertes) de ce qui quitte la zone exportatrice. Entre dans B5.</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Pertes</translation>
    </message>
    <message>
        <source>Row %1, To zone: a border joins two different zones</source>
        <translation>Ligne %1, Zone d&apos;arrivée&#xa0;: une frontière relie deux zones différentes</translation>
    </message>
    <message>
        <source>Row %1: the border %2–%3 is given twice; give one row per pair of zones with both directions</source>
        <translation>Ligne %1&#xa0;: la frontière %2–%3 est indiquée deux fois&#xa0;; indiquez une ligne par paire de zones avec les deux sens</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name of the cluster, unique in the system (“DE_gas_ccgt”).</source>
        <translation>Nom du groupe thermique, unique dans le système («&#xa0;DE_gas_ccgt&#xa0;»).</translation>
    </message>
    <message>
        <source>Zone the cluster feeds.</source>
        <translation>Zone alimentée par le groupe.</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Combustible</translation>
    </message>
    <message>
        <source>Fuel whose price the scenario gives per study year (Scenario &gt; Fuel prices, €/MWh of fuel): “gas”, “coal”, “lignite”, “nuclear”, …</source>
        <translation>Combustible dont le scénario donne le prix par année d&apos;étude (Scénario &gt; Prix des combustibles, €/MWh de combustible) : « gas », « coal », « lignite », « nuclear », …</translation>
    </message>
    <message>
        <source>Fuel must not be empty</source>
        <translation>Le combustible ne doit pas être vide</translation>
    </message>
    <message>
        <source>Capacity (MW)</source>
        <translation>Puissance (MW)</translation>
    </message>
    <message>
        <source>Installed net capacity of the whole cluster, MW.</source>
        <translation>Puissance nette installée de l&apos;ensemble du groupe, en MW.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Number of identical units; a forced outage takes out one whole unit (capacity / units).</source>
        <translation>Nombre d&apos;unités identiques ; une indisponibilité fortuite met hors service une unité entière (puissance / unités).</translation>
    </message>
    <message>
        <source>Availability (%)</source>
        <translation>Disponibilité (%)</translation>
    </message>
    <message>
        <source>Share of the capacity not on planned maintenance, yearly average.</source>
        <translation>Part de la puissance qui n&apos;est pas en maintenance programmée, en moyenne annuelle.</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Forced outage rate (%)</source>
        <translation>Taux d&apos;indisponibilité fortuite (%)</translation>
    </message>
    <message>
        <source>Probability that a unit is out at a given hour (adequacy, B6).</source>
        <translation>Probabilité qu&apos;une unité soit indisponible à une heure donnée (adéquation, B6).</translation>
    </message>
    <message>
        <source>Forced outage rate</source>
        <translation>Taux d&apos;indisponibilité fortuite</translation>
    </message>
    <message>
        <source>Repair time (h)</source>
        <translation>Durée de réparation (h)</translation>
    </message>
    <message>
        <source>Mean duration of a forced outage, hours (0 to 8,760).</source>
        <translation>Durée moyenne d&apos;une indisponibilité fortuite, en heures (0 à 8,760).</translation>
    </message>
    <message>
        <source>Repair time must be above 0 and at most 8,760 hours</source>
        <translation>La durée de réparation doit être supérieure à 0 et d&apos;au plus 8,760 heures</translation>
    </message>
    <message>
        <source>Efficiency (%)</source>
        <translation>Rendement (%)</translation>
    </message>
    <message>
        <source>Net electrical efficiency: MWh of electricity per MWh of fuel.</source>
        <translation>Rendement électrique net : MWh d&apos;électricité par MWh de combustible.</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Rendement</translation>
    </message>
    <message>
        <source>CO2 (t/MWh fuel)</source>
        <translation>CO2 (t/MWh combustible)</translation>
    </message>
    <message>
        <source>CO2 emitted per MWh of fuel burnt (gas 0.202, hard coal 0.341); priced at the study year&apos;s market CO2 price, enters B2.</source>
        <translation>CO2 émis par MWh de combustible brûlé (gaz 0.202, houille 0.341) ; valorisé au prix de marché du CO2 de l&apos;année d&apos;étude, entre dans B2.</translation>
    </message>
    <message>
        <source>CO2 factor</source>
        <translation>Facteur CO2</translation>
    </message>
    <message>
        <source>%1 (kg/MWh fuel)</source>
        <translation>%1 (kg/MWh combustible)</translation>
    </message>
    <message>
        <source>%1 emitted per MWh of fuel burnt, kg; empty: none. Enters B4 (%2).</source>
        <translation>%1 émis par MWh de combustible brûlé, en kg ; vide : aucun. Entre dans B4 (%2).</translation>
    </message>
    <message>
        <source>%1 must be 0 or more</source>
        <translation>%1 doit être supérieur ou égal à 0</translation>
    </message>
    <message>
        <source>Variable O&amp;M (€/MWh)</source>
        <translation>O&amp;M variable (€/MWh)</translation>
    </message>
    <message>
        <source>Variable operation and maintenance cost per MWh of electricity, in the scenario&apos;s price year.</source>
        <translation>Coût variable d&apos;exploitation et de maintenance par MWh d&apos;électricité, dans l&apos;année de prix du scénario.</translation>
    </message>
    <message>
        <source>Must run (%)</source>
        <translation>Production fatale (%)</translation>
    </message>
    <message>
        <source>Share of the available capacity that runs whatever the price (combined heat and power, system services).</source>
        <translation>Part de la puissance disponible qui produit quel que soit le prix (cogénération, services système).</translation>
    </message>
    <message>
        <source>Must run</source>
        <translation>Production fatale</translation>
    </message>
    <message>
        <source>Zone the plants feed.</source>
        <translation>Zone alimentée par les centrales.</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>“pv”, “wind_onshore”, “wind_offshore”, “ror” (run of river), …: curtailable at no cost; curtailment enters B3.</source>
        <translation>« pv », « wind_onshore », « wind_offshore », « ror » (fil de l&apos;eau), … : écrêtables sans coût ; l&apos;écrêtement entre dans B3.</translation>
    </message>
    <message>
        <source>Technology must not be empty</source>
        <translation>La technologie ne doit pas être vide</translation>
    </message>
    <message>
        <source>Installed capacity, MW.</source>
        <translation>Puissance installée, en MW.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Id of the capacity-factor profile (0..1 per hour) in the profile library.</source>
        <translation>Identifiant du profil de facteur de charge (0..1 par heure) dans la bibliothèque de profils.</translation>
    </message>
    <message>
        <source>Name of the storage unit, unique in the system.</source>
        <translation>Nom de l&apos;unité de stockage, unique dans le système.</translation>
    </message>
    <message>
        <source>Zone the unit is in.</source>
        <translation>Zone dans laquelle se trouve l&apos;unité.</translation>
    </message>
    <message>
        <source>“battery”, “phs” (pumped hydro), “reservoir”, …</source>
        <translation>« battery », « phs » (STEP), « reservoir », …</translation>
    </message>
    <message>
        <source>Charge (MW)</source>
        <translation>Charge (MW)</translation>
    </message>
    <message>
        <source>Charging or pumping power, MW; 0 for a reservoir that cannot pump.</source>
        <translation>Puissance de charge ou de pompage, en MW ; 0 pour un réservoir qui ne peut pas pomper.</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Discharge (MW)</source>
        <translation>Décharge (MW)</translation>
    </message>
    <message>
        <source>Discharging or turbine power, MW.</source>
        <translation>Puissance de décharge ou de turbinage, en MW.</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Décharge</translation>
    </message>
    <message>
        <source>Energy (MWh)</source>
        <translation>Énergie (MWh)</translation>
    </message>
    <message>
        <source>Usable energy, MWh.</source>
        <translation>Énergie utile, en MWh.</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Round trip (%)</source>
        <translation>Aller-retour (%)</translation>
    </message>
    <message>
        <source>MWh discharged per MWh charged (the losses are taken on charging).</source>
        <translation>MWh déchargés par MWh chargé (les pertes sont comptées à la charge).</translation>
    </message>
    <message>
        <source>Round-trip efficiency</source>
        <translation>Rendement aller-retour</translation>
    </message>
    <message>
        <source>Initial level (%)</source>
        <translation>Niveau initial (%)</translation>
    </message>
    <message>
        <source>Level at the start of the year, as a share of the energy.</source>
        <translation>Niveau au début de l&apos;année, en part de l&apos;énergie.</translation>
    </message>
    <message>
        <source>Initial level</source>
        <translation>Niveau initial</translation>
    </message>
    <message>
        <source>Inflow (GWh/yr)</source>
        <translation>Apports (GWh/yr)</translation>
    </message>
    <message>
        <source>Natural inflow of a reservoir in a year of profile mean 1, GWh (the key annualInflowMwh is in MWh); 0 for batteries and pure pumped storage.</source>
        <translation>Apports naturels d&apos;un réservoir pour une année de profil de moyenne 1, en GWh (la clé annualInflowMwh est en MWh) ; 0 pour les batteries et les STEP pures.</translation>
    </message>
    <message>
        <source>Inflow</source>
        <translation>Apports</translation>
    </message>
    <message>
        <source>Inflow profile</source>
        <translation>Profil d&apos;apports</translation>
    </message>
    <message>
        <source>Id of the inflow profile (mean about 1); needed when there is an inflow.</source>
        <translation>Identifiant du profil d&apos;apports (moyenne d&apos;environ 1) ; nécessaire en présence d&apos;apports.</translation>
    </message>
    <message>
        <source>Name of the block, unique in the system.</source>
        <translation>Nom du bloc, unique dans le système.</translation>
    </message>
    <message>
        <source>Zone whose demand the block reduces.</source>
        <translation>Zone dont le bloc réduit la consommation.</translation>
    </message>
    <message>
        <source>Demand that can be reduced in any hour, MW.</source>
        <translation>Consommation pouvant être réduite à toute heure, en MW.</translation>
    </message>
    <message>
        <source>Price (€/MWh)</source>
        <translation>Prix (€/MWh)</translation>
    </message>
    <message>
        <source>Price at which the demand reduces, €/MWh of the scenario&apos;s price year; counted as generation cost.</source>
        <translation>Prix auquel la demande se réduit, en €/MWh de l&apos;année de prix du scénario ; compté comme coût de production.</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Borders</source>
        <translation>Frontières</translation>
    </message>
    <message>
        <source>Thermal clusters</source>
        <translation>Groupes thermiques</translation>
    </message>
    <message>
        <source>Renewables</source>
        <translation>Énergies renouvelables</translation>
    </message>
    <message>
        <source>Storage and hydro</source>
        <translation>Stockage et hydraulique</translation>
    </message>
    <message>
        <source>Demand response</source>
        <translation>Effacement de consommation</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <extracomment>%1 table (&quot;Thermal clusters&quot;), %2 scenario id, %3 study year</extracomment>
        <translation>%1 de %2 %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Ligne %1, %2 : %3</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::PowerSystemPage</name>
    <message>
        <source>Bidding zones with their yearly demand and demand profile. Every other table refers to these zones.</source>
        <translation>Zones de dépôt des offres avec leur consommation annuelle et leur profil de consommation. Tous les autres tableaux font référence à ces zones.</translation>
    </message>
    <message>
        <source>Net transfer capacities between zones, per direction, with optional hourly profiles and losses. A project&apos;s ΔNTC is added to these (PINT) or taken off (TOOT).</source>
        <translation>Capacités nettes de transfert entre zones, par sens, avec profils horaires et pertes facultatifs. Le ΔNTC d&apos;un projet y est ajouté (PINT) ou en est retiré (TOOT).</translation>
    </message>
    <message>
        <source>Groups of identical thermal units. The marginal cost is fuel price / efficiency + CO2 factor × CO2 price / efficiency + variable O&amp;M; fuel prices come from the scenario.</source>
        <translation>Groupes d&apos;unités thermiques identiques. Le coût marginal vaut prix du combustible / rendement + facteur CO2 × prix du CO2 / rendement + coût variable d&apos;O&amp;M; les prix des combustibles proviennent du scénario.</translation>
    </message>
    <message>
        <source>Wind, solar and run of river per zone and technology, with an hourly capacity-factor profile; curtailable at no cost.</source>
        <translation>Éolien, solaire et fil de l&apos;eau par zone et technologie, avec un profil horaire de facteur de charge ; écrêtables sans coût.</translation>
    </message>
    <message>
        <source>Batteries, pumped hydro and reservoirs with natural inflow. Levels are coupled within a week and carried to the next.</source>
        <translation>Batteries, STEP et réservoirs avec apports naturels. Les niveaux sont couplés au sein d&apos;une semaine et reportés sur la suivante.</translation>
    </message>
    <message>
        <source>Demand that reduces when the price reaches the block&apos;s price.</source>
        <translation>Consommation qui s&apos;efface lorsque le prix atteint le prix du bloc.</translation>
    </message>
    <message>
        <source>Remove Power System</source>
        <translation>Supprimer le système électrique</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Scenario whose power system is shown</source>
        <translation>Scénario dont le système électrique est affiché</translation>
    </message>
    <message>
        <source>Study year of the scenario</source>
        <translation>Année d&apos;étude du scénario</translation>
    </message>
    <message>
        <source>Remove this scenario and year&apos;s power system (Edit &gt; Undo brings it back)</source>
        <translation>Supprimer le système électrique de ce scénario et de cette année (Édition &gt; Annuler le rétablit)</translation>
    </message>
    <message>
        <source>An existing power system (scenario and study year) to copy as the starting point of this one</source>
        <translation>Un système électrique existant (scénario et année d&apos;étude) à copier comme point de départ de celui-ci</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Scénario :</translation>
    </message>
    <message>
        <source>Study year:</source>
        <translation>Année d&apos;étude :</translation>
    </message>
    <message>
        <source>Create Empty Power System</source>
        <translation>Créer un système électrique vide</translation>
    </message>
    <message>
        <source>or copy the system of</source>
        <translation>ou copier le système de</translation>
    </message>
    <message>
        <source>Power system</source>
        <translation>Système électrique</translation>
    </message>
    <message>
        <source>The zones, borders and plant that the market model dispatches to compute B1–B6, one system per scenario and study year. Hover a column header for its meaning and unit; profiles are in Market model &gt; Profiles, fuel and CO2 prices in the scenario.</source>
        <translation>Les zones, frontières et centrales que le modèle de marché appelle (dispatch) pour calculer B1–B6, un système par scénario et année d&apos;étude. Survolez l&apos;en-tête d&apos;une colonne pour voir sa signification et son unité ; les profils se trouvent dans Modèle de marché &gt; Profils, les prix des combustibles et du CO2 dans le scénario.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (none)</source>
        <extracomment>a study year that has no power system yet</extracomment>
        <translation>%1 (aucun)</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%n zone(s))</source>
        <translation>
            <numerusform>%1 %2 (%n zone)</numerusform>
            <numerusform>%1 %2 (%n zones)</numerusform>
        </translation>
    </message>
    <message>
        <source>No study is open.</source>
        <translation>Aucune étude n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>The study has no scenario yet: add one first.</source>
        <translation>L&apos;étude n&apos;a pas encore de scénario : ajoutez-en un d&apos;abord.</translation>
    </message>
    <message>
        <source>Scenario %1 has no study year yet.</source>
        <translation>Le scénario %1 n&apos;a pas encore d&apos;année d&apos;étude.</translation>
    </message>
    <message>
        <source>Scenario %1 has no power system for %2 yet. Without one, B1–B6 of %2 are taken as entered.</source>
        <translation>Le scénario %1 n&apos;a pas encore de système électrique pour %2. Sans système, B1–B6 de %2 sont repris tels que saisis.</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s), %1 border(s), %2 thermal cluster(s)</source>
        <translation>
            <numerusform>%n zone, %1 frontière(s), %2 groupe(s) thermique(s)</numerusform>
            <numerusform>%n zones, %1 frontière(s), %2 groupe(s) thermique(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 ⚠)</source>
        <extracomment>a tab&apos;s title with the number of problems found in its table</extracomment>
        <translation>%1 (%2 ⚠)</translation>
    </message>
    <message>
        <source>Create power system %1 %2</source>
        <translation>Créer le système électrique %1 %2</translation>
    </message>
    <message>
        <source>Copy power system %1 %2 to %3 %4</source>
        <extracomment>%1 %2 the system copied (scenario, year), %3 %4 where it goes</extracomment>
        <translation>Copier le système électrique %1 %2 vers %3 %4</translation>
    </message>
    <message>
        <source>Remove power system %1 %2</source>
        <translation>Supprimer le système électrique %1 %2</translation>
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
        <translation>Sélectionnez un profil dans la liste pour afficher ses valeurs.</translation>
    </message>
    <message>
        <source>every climate year</source>
        <translation>toutes les années climatiques</translation>
    </message>
    <message>
        <source>climate year %1</source>
        <translation>année climatique %1</translation>
    </message>
    <message>
        <source>%1 (%2): daily means of the year</source>
        <translation>%1 (%2) : moyennes journalières de l&apos;année</translation>
    </message>
    <message>
        <source>Day of the year</source>
        <translation>Jour de l&apos;année</translation>
    </message>
    <message>
        <source>Daily mean</source>
        <translation>Moyenne journalière</translation>
    </message>
    <message>
        <source>%1 (%2): week %3, hour by hour (drag or scroll to move and zoom)</source>
        <translation>%1 (%2) : semaine %3, heure par heure (faites glisser ou défiler pour déplacer et zoomer)</translation>
    </message>
    <message>
        <source>Hour of the year</source>
        <translation>Heure de l&apos;année</translation>
    </message>
    <message>
        <source>Hourly value</source>
        <translation>Valeur horaire</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ProfileImportDialog</name>
    <message>
        <source>Import Profiles</source>
        <translation>Importer des profils</translation>
    </message>
    <message>
        <source>0 – every climate year</source>
        <translation>0 – toutes les années climatiques</translation>
    </message>
    <message>
        <source>The weather year the file&apos;s values belong to; 0 for profiles that are the same in every climate year.</source>
        <translation>L&apos;année météorologique à laquelle appartiennent les valeurs du fichier ; 0 pour les profils identiques pour toutes les années climatiques.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Climate year:</source>
        <translation>Année climatique :</translation>
    </message>
    <message>
        <source>One column per profile after the “hour” column, one row per hour of the year. Profiles with the same id and climate year as one in the study replace it.</source>
        <translation>Une colonne par profil après la colonne « hour », une ligne par heure de l&apos;année. Les profils ayant le même identifiant et la même année climatique qu&apos;un profil de l&apos;étude le remplacent.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n profile(s) for climate year %1</source>
        <translation>
            <numerusform>Importer %n profil pour l&apos;année climatique %1</numerusform>
            <numerusform>Importer %n profils pour l&apos;année climatique %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>In the study</source>
        <translation>Dans l&apos;étude</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message numerus="yes">
        <source>Nothing will be imported: fix the %n error(s) below and try again.</source>
        <translation>
            <numerusform>Rien ne sera importé : corrigez %n erreur ci-dessous et réessayez.</numerusform>
            <numerusform>Rien ne sera importé : corrigez les %n erreurs ci-dessous et réessayez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) of %1 hours; %2 replace profiles of the study.</source>
        <translation>
            <numerusform>%n profil de %1 heures ; %2 remplacent des profils de l&apos;étude.</numerusform>
            <numerusform>%n profils de %1 heures ; %2 remplacent des profils de l&apos;étude.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ProfilesAdapter</name>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Id the power systems refer to (“load_DE”, “pv_ES”). Renaming it renames it in every climate year and every power system.</source>
        <translation>Identifiant auquel les systèmes électriques font référence (« load_DE », « pv_ES »). Le renommer le renomme dans toutes les années climatiques et tous les systèmes électriques.</translation>
    </message>
    <message>
        <source>Climate year</source>
        <translation>Année climatique</translation>
    </message>
    <message>
        <source>Weather year the values belong to; 0: the same in every climate year (an hourly NTC pattern, a flat profile).</source>
        <translation>Année météorologique à laquelle appartiennent les valeurs ; 0 : identique pour toutes les années climatiques (un profil horaire de NTC, un profil plat).</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Mean of the 8,760 hourly values: about 1 for relative demand and inflow, the capacity factor for renewables.</source>
        <translation>Moyenne des 8,760 valeurs horaires : environ 1 pour la consommation relative et les apports, le facteur de charge pour les énergies renouvelables.</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Smallest hourly value.</source>
        <translation>Plus petite valeur horaire.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Largest hourly value.</source>
        <translation>Plus grande valeur horaire.</translation>
    </message>
    <message>
        <source>Row %1 of the profiles no longer exists</source>
        <translation>La ligne %1 des profils n&apos;existe plus</translation>
    </message>
    <message>
        <source>Profile must not be empty</source>
        <translation>Le profil ne doit pas être vide</translation>
    </message>
    <message>
        <source>Profile “%1” already exists; delete it first or choose another id</source>
        <translation>Le profil « %1 » existe déjà ; supprimez-le d&apos;abord ou choisissez un autre identifiant</translation>
    </message>
    <message>
        <source>Climate year must be 0 (every climate year) or between %1 and %2</source>
        <translation>L&apos;année climatique doit être 0 (toutes les années climatiques) ou comprise entre %1 et %2</translation>
    </message>
    <message>
        <source>Profile “%1” already has climate year %2</source>
        <translation>Le profil « %1 » a déjà l&apos;année climatique %2</translation>
    </message>
    <message>
        <source>%1 is computed from the hourly values and cannot be edited</source>
        <translation>%1 est calculé à partir des valeurs horaires et ne peut pas être modifié</translation>
    </message>
    <message>
        <source>Row %1: profile “%2” is given twice for climate year %3</source>
        <translation>Ligne %1 : le profil « %2 » est donné deux fois pour l&apos;année climatique %3</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ProfilesPage</name>
    <message>
        <source>One week, hourly</source>
        <translation>Une semaine, horaire</translation>
    </message>
    <message>
        <source>Whole year, daily means</source>
        <translation>Année entière, moyennes journalières</translation>
    </message>
    <message>
        <source>One week hour by hour, or the whole year as daily means (MW or per-unit availability, as the profile is stored)</source>
        <translation>Une semaine heure par heure, ou l&apos;année entière en moyennes journalières (MW ou disponibilité en valeur relative, selon le stockage du profil)</translation>
    </message>
    <message>
        <source>week </source>
        <translation>semaine </translation>
    </message>
    <message>
        <source>Week of the year shown hour by hour; drag or scroll the chart to move and zoom</source>
        <translation>Semaine de l&apos;année affichée heure par heure ; faites glisser ou défiler le graphique pour déplacer et zoomer</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Hourly series of 8,760 values per climate year that the power systems refer to by id: relative demand and inflow (mean about 1), renewable capacity factors (0..1), NTC factors. Import CSV… reads a file with an “hour” column and one column per profile; a leap year&apos;s 29 February is dropped. Renaming a profile renames it in every power system.</source>
        <translation>Séries horaires de 8,760 valeurs par année climatique auxquelles les systèmes électriques font référence par identifiant : consommation relative et apports (moyenne d&apos;environ 1), facteurs de charge des énergies renouvelables (0..1), facteurs de NTC. Importer CSV… lit un fichier comportant une colonne « hour » et une colonne par profil ; le 29 février d&apos;une année bissextile est ignoré. Renommer un profil le renomme dans tous les systèmes électriques.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ProjectAdapters</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>There is no scenario “%1” in this study</source>
        <translation>Il n&apos;y a pas de scénario « %1 » dans cette étude</translation>
    </message>
    <message>
        <source>%1 is not a study year of scenario %2 (study years: %3)</source>
        <translation>%1 n&apos;est pas une année d&apos;étude du scénario %2 (années d&apos;étude : %3)</translation>
    </message>
    <message>
        <source>Inputs for scenario %1, year %2 are already in the table</source>
        <translation>Les données d&apos;entrée du scénario %1, année %2, figurent déjà dans le tableau</translation>
    </message>
    <message>
        <source>With minus without the project: negative = reduction (a benefit).</source>
        <translation>Avec moins sans le projet : négatif = réduction (un bénéfice).</translation>
    </message>
    <message>
        <source>Positive = benefit.</source>
        <translation>Positif = bénéfice.</translation>
    </message>
    <message>
        <source>Empty = not assessed (not the same as 0).</source>
        <translation>Vide = non évalué (différent de 0).</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Scenario the values were computed in (%1).</source>
        <translation>Scénario dans lequel les valeurs ont été calculées (%1).</translation>
    </message>
    <message>
        <source>Scenario %1 has inputs for each of its study years (%2) already in the table</source>
        <translation>Le scénario %1 a déjà des données d&apos;entrée dans le tableau pour chacune de ses années d&apos;étude (%2)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>A study year of the scenario; each (scenario, year) once.</source>
        <translation>Une année d&apos;étude du scénario ; chaque couple (scénario, année) une seule fois.</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Entered by hand (from an external study or tool) or computed by GridCBA&apos;s market model.</source>
        <translation>Saisi à la main (à partir d&apos;une étude ou d&apos;un outil externe) ou calculé par le modèle de marché de GridCBA.</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>saisi</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>calculé</translation>
    </message>
    <message>
        <source>Origin must be entered or computed</source>
        <translation>L&apos;origine doit être « saisi » ou « calculé »</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Where the numbers come from (“PLEXOS run 2024-03”).</source>
        <translation>Provenance des valeurs (« calcul PLEXOS 2024-03 »).</translation>
    </message>
    <message>
        <source>B1 welfare</source>
        <translation>B1 bien-être</translation>
    </message>
    <message>
        <source>B2 ΔCO2 (t/yr)</source>
        <translation>B2 ΔCO2 (t/yr)</translation>
    </message>
    <message>
        <source>B3 avoided curtailment (MWh/yr)</source>
        <translation>B3 écrêtement évité (MWh/yr)</translation>
    </message>
    <message>
        <source>RES integration (B3): renewable energy no longer curtailed thanks to the project; not monetised (already in B1). </source>
        <translation>Intégration des RES (B3) : énergie renouvelable qui n&apos;est plus écrêtée grâce au projet ; non monétisée (déjà comprise dans B1). </translation>
    </message>
    <message>
        <source>B3 RES connected (MW)</source>
        <translation>B3 RES raccordées (MW)</translation>
    </message>
    <message>
        <source>RES integration (B3): renewable capacity connected thanks to the project; not monetised. </source>
        <translation>Intégration des RES (B3) : capacité renouvelable raccordée grâce au projet ; non monétisée. </translation>
    </message>
    <message>
        <source>%1 Δ%2 (t/yr)</source>
        <translation>%1 Δ%2 (t/yr)</translation>
    </message>
    <message>
        <source>B5 Δlosses (MWh/yr)</source>
        <translation>B5 Δpertes (MWh/yr)</translation>
    </message>
    <message>
        <source>Change of transmission losses (B5), not monetised by GridCBA. </source>
        <translation>Variation des pertes de transport (B5), non monétisée par GridCBA. </translation>
    </message>
    <message>
        <source>B5 monetised</source>
        <translation>B5 monétisé</translation>
    </message>
    <message>
        <source>Computed outside GridCBA as −Δlosses × hourly price. </source>
        <translation>Calculé hors de GridCBA comme −Δpertes × prix horaire. </translation>
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
        <translation>Variation de l&apos;espérance de défaillance (B6), non monétisée. </translation>
    </message>
    <message>
        <source>B9 reserve avoided (MW)</source>
        <translation>B9 réserve évitée (MW)</translation>
    </message>
    <message>
        <source>Other benefits in NPV</source>
        <translation>Autres bénéfices dans la VAN</translation>
    </message>
    <message>
        <source>Total of the row&apos;s other benefits that enter the NPV (read only; edit them below the table).</source>
        <translation>Total des autres bénéfices de la ligne qui entrent dans la VAN (en lecture seule ; modifiez-les sous le tableau).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>What the benefit is (“Avoided renewal of the existing 220 kV line”).</source>
        <translation>Nature du bénéfice (« Renouvellement évité de la ligne 220 kV existante »).</translation>
    </message>
    <message>
        <source>The name of an other benefit must not be empty</source>
        <translation>Le nom d&apos;un autre bénéfice ne doit pas être vide</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Bénéfice</translation>
    </message>
    <message>
        <source>In NPV</source>
        <translation>Dans la VAN</translation>
    </message>
    <message>
        <source>Whether the benefit enters the NPV and B/C ratio. One left out is kept in the study but appears in no result.</source>
        <translation>Indique si le bénéfice entre dans la VAN et le ratio B/C. Un bénéfice exclu est conservé dans l&apos;étude mais n&apos;apparaît dans aucun résultat.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>B7 flexibility, B8.1–B8.4 stability, S1–S3 residual environmental, social and other impacts; not monetised.</source>
        <translation>B7 flexibilité, B8.1–B8.4 stabilité, S1–S3 impacts résiduels environnementaux, sociaux et autres ; non monétisés.</translation>
    </message>
    <message>
        <source>Indicator must be one of %1</source>
        <translation>L&apos;indicateur doit être l&apos;un des suivants : %1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>“--”, “-”, “0”, “+”, “++”, or a quantity with its unit (“12 km”).</source>
        <translation>« -- », « - », « 0 », « + », « ++ », ou une quantité avec son unité (« 12 km »).</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Why the project gets this score: the studies or facts behind it.</source>
        <translation>Pourquoi le projet obtient cette note : les études ou les faits qui la fondent.</translation>
    </message>
    <message>
        <source>Indicator inputs of %1</source>
        <translation>Données d&apos;entrée des indicateurs de %1</translation>
    </message>
    <message>
        <source>Row %1: there is no scenario “%2” in this study</source>
        <translation>Ligne %1 : il n&apos;y a pas de scénario « %2 » dans cette étude</translation>
    </message>
    <message>
        <source>Row %1: %2 is not a study year of scenario %3 (study years: %4)</source>
        <translation>Ligne %1 : %2 n&apos;est pas une année d&apos;étude du scénario %3 (années d&apos;étude : %4)</translation>
    </message>
    <message>
        <source>Row %1: inputs for scenario %2, year %3 are given twice</source>
        <translation>Ligne %1 : les données d&apos;entrée du scénario %2, année %3, sont données deux fois</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>Other benefits of %1 / %2</source>
        <translation>Autres bénéfices de %1 / %2</translation>
    </message>
    <message>
        <source>Other benefit %1</source>
        <translation>Autre bénéfice %1</translation>
    </message>
    <message>
        <source>Qualitative indicators of %1</source>
        <translation>Indicateurs qualitatifs de %1</translation>
    </message>
    <message>
        <source>Flexibility (B7)</source>
        <translation>Flexibilité (B7)</translation>
    </message>
    <message>
        <source>Frequency stability (B8.1)</source>
        <translation>Stabilité de fréquence (B8.1)</translation>
    </message>
    <message>
        <source>Voltage stability (B8.2)</source>
        <translation>Stabilité de tension (B8.2)</translation>
    </message>
    <message>
        <source>Transient stability (B8.3)</source>
        <translation>Stabilité transitoire (B8.3)</translation>
    </message>
    <message>
        <source>Black-start capability (B8.4)</source>
        <translation>Capacité de démarrage autonome (B8.4)</translation>
    </message>
    <message>
        <source>Residual environmental impact (S1)</source>
        <translation>Impact environnemental résiduel (S1)</translation>
    </message>
    <message>
        <source>Residual social impact (S2)</source>
        <translation>Impact social résiduel (S2)</translation>
    </message>
    <message>
        <source>Other impacts (S3)</source>
        <translation>Autres impacts (S3)</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation>%1 doit être compris entre %2 et %3</translation>
    </message>
    <message>
        <source>%1 %2 needs deflator indices for %2 and for the price base year %3 (Economic parameters, Deflator)</source>
        <translation>%1 %2 nécessite des indices de déflateur pour %2 et pour l&apos;année de prix de référence %3 (Paramètres économiques, Déflateur)</translation>
    </message>
    <message>
        <source>%1 must be 0 or more</source>
        <translation>%1 doit être supérieur ou égal à 0</translation>
    </message>
    <message>
        <source>%1 must lie between the low (%2) and high (%3) values; change those first</source>
        <translation>%1 doit se situer entre les valeurs basse (%2) et haute (%3) ; modifiez-les d&apos;abord</translation>
    </message>
    <message>
        <source>%1 must not exceed the central value (%2)</source>
        <translation>%1 ne doit pas dépasser la valeur centrale (%2)</translation>
    </message>
    <message>
        <source>%1 must not be below the central value (%2)</source>
        <translation>%1 ne doit pas être inférieur à la valeur centrale (%2)</translation>
    </message>
    <message>
        <source>While low and high equal the central value (no range stated), they follow it; otherwise low ≤ central ≤ high.</source>
        <translation>Tant que les valeurs basse et haute sont égales à la valeur centrale (aucune fourchette indiquée), elles la suivent ; sinon bas ≤ central ≤ haut.</translation>
    </message>
    <message>
        <source>Interconnector</source>
        <translation>Interconnexion</translation>
    </message>
    <message>
        <source>Internal reinforcement</source>
        <translation>Renforcement interne</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Identifies the project in the study and in reports; unique.</source>
        <translation>Identifie le projet dans l&apos;étude et dans les rapports ; unique.</translation>
    </message>
    <message>
        <source>Project id must not be empty</source>
        <translation>L&apos;identifiant du projet ne doit pas être vide</translation>
    </message>
    <message>
        <source>Project id “%1” is already used</source>
        <translation>L&apos;identifiant de projet « %1 » est déjà utilisé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What the project is: assets, route, purpose.</source>
        <translation>Nature du projet : ouvrages, tracé, objectif.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>The type of project.</source>
        <translation>Le type de projet.</translation>
    </message>
    <message>
        <source>Kind “%1” is not a kind of project</source>
        <translation>« %1 » n&apos;est pas un type de projet</translation>
    </message>
    <message>
        <source>Commissioning year</source>
        <translation>Année de mise en service</translation>
    </message>
    <message>
        <source>First year of operation. The assessment period runs from the first CAPEX to commissioning year + operating years assessed − 1.</source>
        <translation>Première année d&apos;exploitation. La période d&apos;évaluation s&apos;étend des premiers CAPEX jusqu&apos;à l&apos;année de mise en service + le nombre d&apos;années d&apos;exploitation évaluées − 1.</translation>
    </message>
    <message>
        <source>With commissioning in %1 the assessment period ends in %2, before the CAPEX of %3 in %4</source>
        <translation>Avec une mise en service en %1, la période d&apos;évaluation se termine en %2, avant les CAPEX de %3 en %4</translation>
    </message>
    <message>
        <source>Benefit price year</source>
        <translation>Année de prix des bénéfices</translation>
    </message>
    <message>
        <source>Year whose prices the money indicator inputs (B1, B5, other benefits) are in.</source>
        <translation>Année dans les prix de laquelle sont exprimées les données monétaires des indicateurs (B1, B5, autres bénéfices).</translation>
    </message>
    <message>
        <source>Identifies the investment within the project; unique.</source>
        <translation>Identifie l&apos;investissement au sein du projet ; unique.</translation>
    </message>
    <message>
        <source>Investment id</source>
        <translation>Identifiant de l&apos;investissement</translation>
    </message>
    <message>
        <source>Asset type</source>
        <translation>Type d&apos;ouvrage</translation>
    </message>
    <message>
        <source>Free text: “HVDC cable”, “400 kV OHL”, …</source>
        <translation>Texte libre : « câble HVDC », « ligne aérienne 400 kV », …</translation>
    </message>
    <message>
        <source>Technical lifetime (years)</source>
        <translation>Durée de vie technique (années)</translation>
    </message>
    <message>
        <source>Technical lifetime T in years (1–200), used for the linear residual value.</source>
        <translation>Durée de vie technique T en années (1–200), utilisée pour la valeur résiduelle linéaire.</translation>
    </message>
    <message>
        <source>Price year</source>
        <translation>Année de prix</translation>
    </message>
    <message>
        <source>Year whose prices this investment&apos;s CAPEX, OPEX and decommissioning cost are in.</source>
        <translation>Année dans les prix de laquelle sont exprimés les CAPEX, les OPEX et le coût de démantèlement de cet investissement.</translation>
    </message>
    <message>
        <source>Construction (years)</source>
        <translation>Construction (années)</translation>
    </message>
    <message>
        <source>Years before commissioning over which the CAPEX lump sum is spread evenly. Used only when the CAPEX phasing is empty.</source>
        <translation>Années précédant la mise en service sur lesquelles le montant global des CAPEX est réparti uniformément. Utilisé uniquement lorsque l&apos;échéancier des CAPEX est vide.</translation>
    </message>
    <message>
        <source>A CAPEX lump sum needs at least 1 construction year</source>
        <translation>Un montant global de CAPEX nécessite au moins 1 année de construction</translation>
    </message>
    <message>
        <source>Phased CAPEX, central</source>
        <translation>CAPEX échelonnés, central</translation>
    </message>
    <message>
        <source>Total central CAPEX of the investment&apos;s phasing (read only); empty when there is no phasing and the lump sum is used.</source>
        <translation>Total central des CAPEX de l&apos;échéancier de l&apos;investissement (en lecture seule) ; vide lorsqu&apos;il n&apos;y a pas d&apos;échéancier et que le montant global est utilisé.</translation>
    </message>
    <message>
        <source>Used only when the CAPEX phasing is empty: spread evenly over the construction years before commissioning.</source>
        <translation>Utilisé uniquement lorsque l&apos;échéancier des CAPEX est vide : réparti uniformément sur les années de construction précédant la mise en service.</translation>
    </message>
    <message>
        <source>Lump-sum CAPEX central</source>
        <translation>CAPEX global central</translation>
    </message>
    <message>
        <source>Total CAPEX, central estimate. </source>
        <translation>CAPEX totaux, estimation centrale. </translation>
    </message>
    <message>
        <source>A CAPEX lump sum needs at least 1 construction year: set Construction (years) first</source>
        <translation>Un montant global de CAPEX nécessite au moins 1 année de construction : renseignez d&apos;abord Construction (années)</translation>
    </message>
    <message>
        <source>Lump-sum CAPEX low</source>
        <translation>CAPEX global bas</translation>
    </message>
    <message>
        <source>Low end of the total CAPEX range. </source>
        <translation>Borne basse de la fourchette des CAPEX totaux. </translation>
    </message>
    <message>
        <source>Lump-sum CAPEX high</source>
        <translation>CAPEX global haut</translation>
    </message>
    <message>
        <source>High end of the total CAPEX range. </source>
        <translation>Borne haute de la fourchette des CAPEX totaux. </translation>
    </message>
    <message>
        <source>OPEX</source>
        <translation>OPEX</translation>
    </message>
    <message>
        <source>Operating cost per year of operation. Give OPEX either this way or as a share of CAPEX, not both.</source>
        <translation>Coût d&apos;exploitation par année d&apos;exploitation. Indiquez les OPEX soit de cette façon, soit en part des CAPEX, pas les deux.</translation>
    </message>
    <message>
        <source>Give OPEX either per year or as a share of CAPEX, not both: set OPEX (% of CAPEX per year) to 0 first</source>
        <translation>Indiquez les OPEX soit par an, soit en part des CAPEX, pas les deux : mettez d&apos;abord OPEX (% des CAPEX par an) à 0</translation>
    </message>
    <message>
        <source>OPEX (% of CAPEX per year)</source>
        <translation>OPEX (% des CAPEX par an)</translation>
    </message>
    <message>
        <source>Yearly OPEX as a percentage of the total CAPEX (e.g. 1.5 %). Give OPEX either this way or per year, not both.</source>
        <translation>OPEX annuels en pourcentage des CAPEX totaux (p. ex. 1.5 %). Indiquez les OPEX soit de cette façon, soit par an, pas les deux.</translation>
    </message>
    <message>
        <source>OPEX (% of CAPEX per year) must be between 0 % and 100 %</source>
        <translation>OPEX (% des CAPEX par an) doit être compris entre 0 % et 100 %</translation>
    </message>
    <message>
        <source>Give OPEX either per year or as a share of CAPEX, not both: set OPEX per year to 0 first</source>
        <translation>Indiquez les OPEX soit par an, soit en part des CAPEX, pas les deux : mettez d&apos;abord les OPEX par an à 0</translation>
    </message>
    <message>
        <source>Decommissioning</source>
        <translation>Démantèlement</translation>
    </message>
    <message>
        <source>Decommissioning cost, booked in the last year of the assessment period.</source>
        <translation>Coût de démantèlement, comptabilisé la dernière année de la période d&apos;évaluation.</translation>
    </message>
    <message>
        <source>Year the money is spent; each year once, not after the assessment period.</source>
        <translation>Année de la dépense ; chaque année une seule fois, pas après la période d&apos;évaluation.</translation>
    </message>
    <message>
        <source>Year %1 is already in the table</source>
        <translation>L&apos;année %1 figure déjà dans le tableau</translation>
    </message>
    <message>
        <source>Year %1 falls after the assessment period, which ends in %2</source>
        <translation>L&apos;année %1 se situe après la période d&apos;évaluation, qui se termine en %2</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Central</translation>
    </message>
    <message>
        <source>CAPEX spent in the year, central estimate. </source>
        <translation>CAPEX dépensés dans l&apos;année, estimation centrale. </translation>
    </message>
    <message>
        <source>Central CAPEX</source>
        <translation>CAPEX central</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bas</translation>
    </message>
    <message>
        <source>Low end of the year&apos;s CAPEX range.</source>
        <translation>Borne basse de la fourchette des CAPEX de l&apos;année.</translation>
    </message>
    <message>
        <source>Low CAPEX</source>
        <translation>CAPEX bas</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haut</translation>
    </message>
    <message>
        <source>High end of the year&apos;s CAPEX range.</source>
        <translation>Borne haute de la fourchette des CAPEX de l&apos;année.</translation>
    </message>
    <message>
        <source>High CAPEX</source>
        <translation>CAPEX haut</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 ne doit pas être vide</translation>
    </message>
    <message>
        <source>A border joins two different zones, both are “%1”</source>
        <translation>Une frontière relie deux zones différentes, or les deux sont « %1 »</translation>
    </message>
    <message>
        <source>From zone</source>
        <translation>Zone de départ</translation>
    </message>
    <message>
        <source>Bidding zone at one end of the border (“FR00”).</source>
        <translation>Zone de dépôt des offres à une extrémité de la frontière (« FR00 »).</translation>
    </message>
    <message>
        <source>To zone</source>
        <translation>Zone d&apos;arrivée</translation>
    </message>
    <message>
        <source>Bidding zone at the other end (“ES00”).</source>
        <translation>Zone de dépôt des offres à l&apos;autre extrémité (« ES00 »).</translation>
    </message>
    <message>
        <source>ΔNTC from → to (MW)</source>
        <translation>ΔNTC départ → arrivée (MW)</translation>
    </message>
    <message>
        <source>Change of net transfer capacity from the first zone to the second, in MW.</source>
        <translation>Variation de la capacité nette de transfert de la première zone vers la seconde, en MW.</translation>
    </message>
    <message>
        <source>ΔNTC to → from (MW)</source>
        <translation>ΔNTC arrivée → départ (MW)</translation>
    </message>
    <message>
        <source>Change of net transfer capacity from the second zone to the first, in MW.</source>
        <translation>Variation de la capacité nette de transfert de la seconde zone vers la première, en MW.</translation>
    </message>
    <message>
        <source>General data of %1</source>
        <translation>Données générales de %1</translation>
    </message>
    <message>
        <source>Investments of %1</source>
        <translation>Investissements de %1</translation>
    </message>
    <message>
        <source>investment %1</source>
        <translation>investissement %1</translation>
    </message>
    <message>
        <source>CAPEX phasing of %1 / %2</source>
        <translation>Échéancier des CAPEX de %1 / %2</translation>
    </message>
    <message>
        <source>Borders of %1</source>
        <translation>Frontières de %1</translation>
    </message>
    <message>
        <source>Row %1: a border needs both zones (From zone, To zone)</source>
        <translation>Ligne %1 : une frontière nécessite les deux zones (Zone de départ, Zone d&apos;arrivée)</translation>
    </message>
    <message>
        <source>Row %1: a border joins two different zones (To zone)</source>
        <translation>Ligne %1 : une frontière relie deux zones différentes (Zone d&apos;arrivée)</translation>
    </message>
    <message>
        <source>Cost shares of %1</source>
        <translation>Répartition des coûts de %1</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Part (%)</translation>
    </message>
    <message>
        <source>Share of the project&apos;s CAPEX and OPEX this country bears, 0–100 %. The shares sum to 100 %.</source>
        <translation>Part des CAPEX et OPEX du projet supportée par ce pays, 0–100 %. La somme des parts est égale à 100 %.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Two-letter country code (“FR”).</source>
        <translation>Code pays à deux lettres (« FR »).</translation>
    </message>
    <message>
        <source>Row %1 of %2 no longer exists</source>
        <translation>La ligne %1 de %2 n&apos;existe plus</translation>
    </message>
    <message>
        <source>Share must be between 0 % and 100 %</source>
        <translation>La part doit être comprise entre 0 % et 100 %</translation>
    </message>
    <message>
        <source>Country must be a two-letter code such as FR, got “%1”</source>
        <translation>Le pays doit être un code à deux lettres tel que FR, valeur reçue : « %1 »</translation>
    </message>
    <message>
        <source>Country %1 already has a share</source>
        <translation>Le pays %1 a déjà une part</translation>
    </message>
    <message>
        <source>There is no column %1</source>
        <translation>Il n&apos;y a pas de colonne %1</translation>
    </message>
    <message>
        <source>Row %1: Country is not given yet (a two-letter code)</source>
        <translation>Ligne %1 : le pays n&apos;est pas encore indiqué (code à deux lettres)</translation>
    </message>
    <message>
        <source>The cost shares sum to %1 %, not 100 %</source>
        <translation>La somme des parts des coûts est de %1 %, et non de 100 %</translation>
    </message>
    <message>
        <source>%1 is computed and cannot be edited</source>
        <translation>%1 est calculé et ne peut pas être modifié</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 nécessite une valeur</translation>
    </message>
    <message>
        <source>%1 must be a finite number</source>
        <translation>%1 doit être un nombre fini</translation>
    </message>
    <message>
        <source>/yr</source>
        <translation>/yr</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>projet %1</translation>
    </message>
    <message>
        <source>%1 “%2” is already used</source>
        <translation>%1 « %2 » est déjà utilisé</translation>
    </message>
    <message>
        <source>Computed by GridCBA&apos;s market model (%1). Running the model again replaces B1–B6 of this row.</source>
        <translation>Calculé par le modèle de marché de GridCBA (%1). Relancer le modèle remplace B1–B6 de cette ligne.</translation>
    </message>
    <message>
        <source>no source recorded</source>
        <translation>aucune source enregistrée</translation>
    </message>
    <message>
        <source>The project&apos;s full name, shown in the navigator, the charts and the report.</source>
        <translation>Nom complet du projet, affiché dans le navigateur, les graphiques et le rapport.</translation>
    </message>
    <message>
        <source>In reference grid from study year</source>
        <translation>Dans le réseau de référence à partir de l&apos;année d&apos;étude</translation>
    </message>
    <message>
        <source>First study year whose reference grid already holds the project: the market model assesses it by taking it out (TOOT) in that and later study years, and by putting it in (PINT) before. Empty: PINT in every study year.</source>
        <translation>Première année d&apos;étude dont le réseau de référence contient déjà le projet : le modèle de marché l&apos;évalue en le retirant (TOOT) cette année-là et les années d&apos;étude suivantes, et en l&apos;ajoutant (PINT) avant. Vide : PINT pour toutes les années d&apos;étude.</translation>
    </message>
    <message>
        <source>What the investment is, e.g. “Converter stations” or “HVDC cable, 400 km”; shown in the report&apos;s cost tables.</source>
        <translation>Nature de l&apos;investissement, p. ex. « Stations de conversion » ou « Câble HVDC, 400 km » ; affiché dans les tableaux de coûts du rapport.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ProjectPage</name>
    <message>
        <source>Interconnector</source>
        <translation>Interconnexion</translation>
    </message>
    <message>
        <source>Internal reinforcement</source>
        <translation>Renforcement interne</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Other project</source>
        <translation>Autre projet</translation>
    </message>
    <message>
        <source>Economic results</source>
        <translation>Résultats économiques</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Investments and CAPEX</source>
        <translation>Investissements et CAPEX</translation>
    </message>
    <message>
        <source>Borders and cost shares</source>
        <translation>Frontières et répartition des coûts</translation>
    </message>
    <message>
        <source>Indicator inputs</source>
        <translation>Données d&apos;entrée des indicateurs</translation>
    </message>
    <message>
        <source>Qualitative indicators</source>
        <translation>Indicateurs qualitatifs</translation>
    </message>
    <message>
        <source>This project is no longer in the study. Choose a project in the list on the left.</source>
        <translation>Ce projet ne fait plus partie de l&apos;étude. Choisissez un projet dans la liste de gauche.</translation>
    </message>
    <message>
        <source>Investments</source>
        <translation>Investissements</translation>
    </message>
    <message>
        <source>Transfer capacity added per border</source>
        <translation>Capacité de transfert ajoutée par frontière</translation>
    </message>
    <message>
        <source>Cost shares</source>
        <translation>Répartition des coûts</translation>
    </message>
    <message>
        <source>Share of the project&apos;s costs each country bears.</source>
        <translation>Part des coûts du projet supportée par chaque pays.</translation>
    </message>
    <message>
        <source>One row per scenario and study year, already combined over climate years. An empty cell means “not assessed”. Hover a column header for the meaning and sign of its indicator.</source>
        <translation>Une ligne par scénario et année d&apos;étude, déjà agrégée sur les années climatiques. Une cellule vide signifie « non évalué ». Survolez l&apos;en-tête d&apos;une colonne pour voir la signification et le signe de son indicateur.</translation>
    </message>
    <message>
        <source>Indicators that are not monetised: B7 flexibility, B8 stability, S1–S3 residual impacts. They are reported beside the NPV, never added to it.</source>
        <translation>Indicateurs non monétisés : B7 flexibilité, B8 stabilité, S1–S3 impacts résiduels. Ils sont présentés à côté de la VAN, jamais ajoutés à celle-ci.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Aucun projet</translation>
    </message>
    <message>
        <source>%1 · commissioning %2 · indicator inputs in € of %3 prices</source>
        <translation>%1 · mise en service %2 · données des indicateurs en € aux prix de %3</translation>
    </message>
    <message>
        <source>CAPEX phasing</source>
        <translation>Échéancier des CAPEX</translation>
    </message>
    <message>
        <source>The project has no investment yet: add one above.</source>
        <translation>Le projet n&apos;a pas encore d&apos;investissement : ajoutez-en un ci-dessus.</translation>
    </message>
    <message>
        <source>No investment</source>
        <translation>Aucun investissement</translation>
    </message>
    <message>
        <source>CAPEX phasing of %1 (%2 of %3 prices)</source>
        <translation>Échéancier des CAPEX de %1 (%2 aux prix de %3)</translation>
    </message>
    <message>
        <source>The phasing is used instead of the lump sum in the investments table.</source>
        <translation>L&apos;échéancier est utilisé à la place du montant global du tableau des investissements.</translation>
    </message>
    <message numerus="yes">
        <source>No phasing: the lump sum is spread evenly over the %n construction year(s) before commissioning. Add rows here to phase it yourself.</source>
        <translation>
            <numerusform>Pas d&apos;échéancier : le montant global est réparti uniformément sur %n année de construction précédant la mise en service. Ajoutez des lignes ici pour l&apos;échelonner vous-même.</numerusform>
            <numerusform>Pas d&apos;échéancier : le montant global est réparti uniformément sur les %n années de construction précédant la mise en service. Ajoutez des lignes ici pour l&apos;échelonner vous-même.</numerusform>
        </translation>
    </message>
    <message>
        <source>No phasing yet: add a row per year here, or give a lump sum and its construction years in the investments table.</source>
        <translation>Pas encore d&apos;échéancier : ajoutez ici une ligne par année, ou indiquez un montant global et ses années de construction dans le tableau des investissements.</translation>
    </message>
    <message>
        <source>Other benefits</source>
        <translation>Autres bénéfices</translation>
    </message>
    <message>
        <source>Other benefits of the selected row: scenario %1, %2</source>
        <translation>Autres bénéfices de la ligne sélectionnée : scénario %1, %2</translation>
    </message>
    <message>
        <source>Results are being updated…</source>
        <translation>Mise à jour des résultats…</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::RecordForm</name>
    <message>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>GridCBA did not close normally last time. These studies had changes that were not saved; an autosaved copy of each is kept. Restore one to continue where you left off, then save it.</source>
        <translation>GridCBA ne s&apos;est pas fermé normalement la dernière fois. Ces études comportaient des modifications non enregistrées ; une copie enregistrée automatiquement de chacune est conservée. Restaurez-en une pour reprendre là où vous vous étiez arrêté, puis enregistrez-la.</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <source>Original file</source>
        <translation>Fichier d&apos;origine</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>Enregistrement automatique</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Open the selected study with its autosaved changes</source>
        <translation>Ouvrir l&apos;étude sélectionnée avec ses modifications enregistrées automatiquement</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Delete the autosaved copy of the selected study</source>
        <translation>Supprimer la copie enregistrée automatiquement de l&apos;étude sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Keep every autosaved copy and ask again at the next start</source>
        <translation>Conserver toutes les copies enregistrées automatiquement et redemander au prochain démarrage</translation>
    </message>
    <message>
        <source>(never saved)</source>
        <translation>(jamais enregistrée)</translation>
    </message>
    <message>
        <source>(the sample study)</source>
        <translation>(l&apos;étude exemple)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>The autosaved copy could not be deleted: %1</source>
        <translation>La copie enregistrée automatiquement n&apos;a pas pu être supprimée : %1</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ReportActions</name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Preview and print the CBA report of a project or of the study</source>
        <translation>Afficher l&apos;aperçu du rapport CBA d&apos;un projet ou de l&apos;étude et l&apos;imprimer</translation>
    </message>
    <message>
        <source>Export &amp;Report (PDF)…</source>
        <translation>Exporter le &amp;rapport (PDF)…</translation>
    </message>
    <message>
        <source>Write the CBA report of a project or of the study as a PDF</source>
        <translation>Écrire le rapport CBA d&apos;un projet ou de l&apos;étude au format PDF</translation>
    </message>
    <message>
        <source>Export &amp;Tables (CSV/XLSX)…</source>
        <translation>Exporter les &amp;tableaux (CSV/XLSX)…</translation>
    </message>
    <message>
        <source>Write every results table, with the yearly cash flows, for a spreadsheet</source>
        <translation>Écrire tous les tableaux de résultats, avec les flux de trésorerie annuels, pour un tableur</translation>
    </message>
    <message>
        <source> (bundled sample)</source>
        <translation> (exemple fourni)</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>Aperçu avant impression — %1</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>-report</source>
        <translation>-rapport</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files, one per table, in a new folder (*)</source>
        <translation>Fichiers CSV, un par tableau, dans un nouveau dossier (*)</translation>
    </message>
    <message>
        <source>Export Tables</source>
        <translation>Exporter les tableaux</translation>
    </message>
    <message>
        <source>-tables</source>
        <translation>-tableaux</translation>
    </message>
    <message>
        <source>Tables written to %1</source>
        <translation>Tableaux écrits dans %1</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ReportOptionsDialog</name>
    <message numerus="yes">
        <source>The whole study (%n project(s))</source>
        <translation>
            <numerusform>L&apos;étude entière (%n projet)</numerusform>
            <numerusform>L&apos;étude entière (%n projets)</numerusform>
        </translation>
    </message>
    <message>
        <source>Project %1 – %2</source>
        <translation>Projet %1 – %2</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Lettre US (8.5 × 11 po)</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ResultsModel</name>
    <message>
        <source>Headline benefits (in NPV)</source>
        <translation>Bénéfices principaux (dans la VAN)</translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation>Valeur résiduelle</translation>
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
        <translation>Démantèlement</translation>
    </message>
    <message>
        <source>Net present value (NPV)</source>
        <translation>Valeur actuelle nette (VAN)</translation>
    </message>
    <message>
        <source>Benefit/cost ratio (B/C)</source>
        <translation>Ratio bénéfices/coûts (B/C)</translation>
    </message>
    <message>
        <source>Economic IRR</source>
        <translation>TRI économique</translation>
    </message>
    <message>
        <source>Present value of B1, B2, B5, B6, B9 and other benefits; B4 is not included.</source>
        <translation>Valeur actualisée de B1, B2, B5, B6, B9 et des autres bénéfices ; B4 n&apos;est pas inclus.</translation>
    </message>
    <message>
        <source>Value of the assets left at the end of the assessment period, counted as a benefit.</source>
        <translation>Valeur des actifs restant à la fin de la période d&apos;évaluation, comptée comme un bénéfice.</translation>
    </message>
    <message>
        <source>Present value of the investment costs.</source>
        <translation>Valeur actualisée des coûts d&apos;investissement.</translation>
    </message>
    <message>
        <source>Present value of the operation and maintenance costs.</source>
        <translation>Valeur actualisée des coûts d&apos;exploitation et de maintenance.</translation>
    </message>
    <message>
        <source>Present value of the decommissioning costs.</source>
        <translation>Valeur actualisée des coûts de démantèlement.</translation>
    </message>
    <message>
        <source>Benefits in NPV plus residual value minus CAPEX, OPEX and decommissioning, all discounted.</source>
        <translation>Bénéfices inclus dans la VAN plus valeur résiduelle, moins CAPEX, OPEX et démantèlement, le tout actualisé.</translation>
    </message>
    <message>
        <source>Present value of benefits divided by present value of costs, as defined in the study&apos;s economic parameters.</source>
        <translation>Valeur actualisée des bénéfices divisée par la valeur actualisée des coûts, telles que définies dans les paramètres économiques de l&apos;étude.</translation>
    </message>
    <message>
        <source>Discount rate at which the NPV is zero.</source>
        <translation>Taux d&apos;actualisation pour lequel la VAN est nulle.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>several</source>
        <translation>plusieurs</translation>
    </message>
    <message>
        <source>No ratio: the present value of the costs is zero.</source>
        <translation>Pas de ratio : la valeur actualisée des coûts est nulle.</translation>
    </message>
    <message>
        <source>No IRR: the yearly net cash flow never changes sign.</source>
        <translation>Pas de TRI : le flux de trésorerie net annuel ne change jamais de signe.</translation>
    </message>
    <message>
        <source>No single IRR: the NPV is zero at several discount rates (%1).</source>
        <translation>Pas de TRI unique : la VAN est nulle pour plusieurs taux d&apos;actualisation (%1).</translation>
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
        <translation>VAN aux bornes des fourchettes d&apos;incertitude (M€)</translation>
    </message>
    <message>
        <source>The project could not be evaluated:
%1</source>
        <translation>Le projet n&apos;a pas pu être évalué :
%1</translation>
    </message>
    <message>
        <source>No scenario has indicator inputs for project %1, so there is nothing to evaluate yet.</source>
        <translation>Aucun scénario ne comporte de données d&apos;entrée d&apos;indicateurs pour le projet %1 ; il n&apos;y a donc encore rien à évaluer.</translation>
    </message>
    <message>
        <source>Present values in M€ of %1 prices, discounted at %2 to %3, over the assessment period %4–%5.</source>
        <translation>Valeurs actualisées en M€ aux prix de %1, actualisées au taux de %2 à l&apos;année %3, sur la période d&apos;évaluation %4–%5.</translation>
    </message>
    <message>
        <source>Societal cost of carbon low</source>
        <translation>Coût social du carbone bas</translation>
    </message>
    <message>
        <source>Societal cost of carbon high</source>
        <translation>Coût social du carbone haut</translation>
    </message>
    <message>
        <source>CAPEX low</source>
        <translation>CAPEX bas</translation>
    </message>
    <message>
        <source>CAPEX high</source>
        <translation>CAPEX haut</translation>
    </message>
    <message>
        <source>NPV with</source>
        <translation>VAN avec</translation>
    </message>
    <message>
        <source>NPV over scenarios: %1 to %2 M€</source>
        <translation>VAN selon les scénarios : %1 à %2 M€</translation>
    </message>
    <message>
        <source>B/C over scenarios: %1 to %2</source>
        <translation>B/C selon les scénarios : %1 à %2</translation>
    </message>
    <message>
        <source>Not assessed (no indicator inputs): %1.</source>
        <translation>Non évalués (aucune donnée d&apos;entrée d&apos;indicateur) : %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::RunActions</name>
    <message>
        <source>no scenario with indicator inputs</source>
        <translation>aucun scénario avec des données d&apos;entrée d&apos;indicateurs</translation>
    </message>
    <message>
        <source>NPV %1 M€, B/C %2 (%3)</source>
        <translation>VAN %1 M€, B/C %2 (%3)</translation>
    </message>
    <message>
        <source>; not assessed: %1</source>
        <translation>; non évalués : %1</translation>
    </message>
    <message>
        <source>&amp;Evaluate Study</source>
        <translation>&amp;Évaluer l&apos;étude</translation>
    </message>
    <message>
        <source>Compute NPV, B/C and IRR of every project in every scenario, and log the results</source>
        <translation>Calculer la VAN, le B/C et le TRI de chaque projet dans chaque scénario, et consigner les résultats dans le journal</translation>
    </message>
    <message>
        <source>Opened “%1” (%2): %3 scenario(s), %4 project(s)</source>
        <translation>« %1 » ouvert (%2) : %3 scénario(s), %4 projet(s)</translation>
    </message>
    <message numerus="yes">
        <source>Evaluating %n project(s)…</source>
        <translation>
            <numerusform>Évaluation de %n projet…</numerusform>
            <numerusform>Évaluation de %n projets…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Evaluate Study</source>
        <translation>Évaluer l&apos;étude</translation>
    </message>
    <message>
        <source>Evaluation started</source>
        <translation>Évaluation lancée</translation>
    </message>
    <message>
        <source>Evaluation cancelled after %1 of %2 project(s); the results shown are those of the previous inputs</source>
        <translation>Évaluation annulée après %1 projet(s) sur %2 ; les résultats affichés sont ceux des données d&apos;entrée précédentes</translation>
    </message>
    <message numerus="yes">
        <source>Evaluated %n project(s) in %1 ms</source>
        <translation>
            <numerusform>%n projet évalué en %1 ms</numerusform>
            <numerusform>%n projets évalués en %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be evaluated: %2</source>
        <translation>%1 ne peut pas être évalué : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::RunHistoryView</name>
    <message>
        <source>Re-run</source>
        <translation>Réexécuter</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Select a run to re-open its stored results, two to compare them</source>
        <translation>Sélectionnez une exécution pour rouvrir ses résultats enregistrés, deux pour les comparer</translation>
    </message>
    <message>
        <source>Run the stored definition again (same seed) and check that the numbers are identical; the history is not changed</source>
        <translation>Réexécuter la définition enregistrée (même graine) et vérifier que les résultats sont identiques ; l&apos;historique n&apos;est pas modifié</translation>
    </message>
    <message>
        <source>Delete the selected runs from the study</source>
        <translation>Supprimer de l&apos;étude les exécutions sélectionnées</translation>
    </message>
    <message>
        <source>Comparison of the two selected runs</source>
        <translation>Comparaison des deux exécutions sélectionnées</translation>
    </message>
    <message>
        <source>No sensitivity run is stored for this project yet. Runs of the Sweep and Monte Carlo tabs are added here.</source>
        <translation>Aucune exécution de sensibilité n&apos;est encore enregistrée pour ce projet. Les exécutions des onglets Balayage et Monte-Carlo sont ajoutées ici.</translation>
    </message>
    <message>
        <source>Select a run to re-open its stored results, or two to compare them.</source>
        <translation>Sélectionnez une exécution pour rouvrir ses résultats enregistrés, ou deux pour les comparer.</translation>
    </message>
    <message>
        <source>Select one run to see it or two to compare them.</source>
        <translation>Sélectionnez une exécution pour l&apos;afficher ou deux pour les comparer.</translation>
    </message>
    <message>
        <source>Stored results of “%1” (%2, run on %3), read from the study.</source>
        <extracomment>%1 run name, %2 software version, %3 date</extracomment>
        <translation>Résultats enregistrés de « %1 » (%2, exécuté le %3), lus depuis l&apos;étude.</translation>
    </message>
    <message>
        <source>unknown kind of run &apos;%1&apos;</source>
        <translation>type d&apos;exécution inconnu « %1 »</translation>
    </message>
    <message>
        <source>The stored results of “%1” cannot be read: %2</source>
        <translation>Les résultats enregistrés de « %1 » ne peuvent pas être lus : %2</translation>
    </message>
    <message>
        <source>The runs cannot be compared: %1</source>
        <translation>Les exécutions ne peuvent pas être comparées : %1</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::SCurveChart</name>
    <message>
        <source>S-curve of NPV</source>
        <translation>Courbe en S de la VAN</translation>
    </message>
    <message>
        <source>Probability that NPV ≤ x (%)</source>
        <translation>Probabilité que VAN ≤ x (%)</translation>
    </message>
    <message>
        <source>Run a Monte Carlo analysis to see the S-curve.</source>
        <translation>Lancez une analyse Monte-Carlo pour afficher la courbe en S.</translation>
    </message>
    <message>
        <source>x = net present value (M€ of %1)</source>
        <translation>x = valeur actuelle nette (M€ de %1)</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ScenarioEditing</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ScenarioInfoAdapter</name>
    <message>
        <source>Scenario %1</source>
        <translation>Scénario %1</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Short unique code of the scenario (&quot;NT&quot;). The projects&apos; indicator inputs refer to it: renaming it renames them too.</source>
        <translation>Code court et unique du scénario (« NT »). Les données d&apos;entrée des indicateurs des projets y font référence : le renommer les renomme aussi.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The scenario&apos;s name in tables, charts and the report.</source>
        <translation>Nom du scénario dans les tableaux, les graphiques et le rapport.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What the scenario assumes (storyline, source).</source>
        <translation>Hypothèses du scénario (trame narrative, source).</translation>
    </message>
    <message>
        <source>Price year</source>
        <translation>Année de prix</translation>
    </message>
    <message>
        <source>Year of the prices of this scenario&apos;s money values (CO2 prices, SCC, VOLL, reserve cost, damage costs, fuel prices); they are converted to the price base year with the deflator.</source>
        <translation>Année des prix des valeurs monétaires de ce scénario (prix du CO2, SCC, VOLL, coût de la réserve, coûts des dommages, prix des combustibles) ; elles sont converties dans l&apos;année de prix de référence à l&apos;aide du déflateur.</translation>
    </message>
    <message>
        <source>The scenario no longer exists</source>
        <translation>Le scénario n&apos;existe plus</translation>
    </message>
    <message>
        <source>Id must not be empty</source>
        <translation>L&apos;identifiant ne doit pas être vide</translation>
    </message>
    <message>
        <source>Id “%1” is already used by another scenario</source>
        <translation>L&apos;identifiant « %1 » est déjà utilisé par un autre scénario</translation>
    </message>
    <message>
        <source>Name must not be empty</source>
        <translation>Le nom ne doit pas être vide</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ScenarioPage</name>
    <message>
        <source>Parameters that value the indicators in each study year, in euros of the scenario&apos;s price year. Between study years they are interpolated linearly.</source>
        <translation>Paramètres qui valorisent les indicateurs pour chaque année d&apos;étude, en euros de l&apos;année de prix du scénario. Entre les années d&apos;étude, ils sont interpolés linéairement.</translation>
    </message>
    <message>
        <source>Study years</source>
        <translation>Années d&apos;étude</translation>
    </message>
    <message>
        <source>Weather years simulated by the market studies and their weights, which sum to 100 %.</source>
        <translation>Années météorologiques simulées par les études de marché et leurs pondérations, dont la somme est égale à 100 %.</translation>
    </message>
    <message>
        <source>Climate years</source>
        <translation>Années climatiques</translation>
    </message>
    <message>
        <source>Damage cost per tonne of each pollutant of B4 (€/t) per study year. An empty cell: the pollutant is not monetised. The rows follow the study years.</source>
        <translation>Coût des dommages par tonne de chaque polluant de B4 (€/t) par année d&apos;étude. Cellule vide : le polluant n&apos;est pas monétisé. Les lignes suivent les années d&apos;étude.</translation>
    </message>
    <message>
        <source>Damage costs</source>
        <translation>Coûts des dommages</translation>
    </message>
    <message>
        <source>Fuel prices per study year for the market model (€/MWh of fuel), sorted by fuel. The evaluation does not use them.</source>
        <translation>Prix des combustibles par année d&apos;étude pour le modèle de marché (€/MWh de combustible), triés par combustible. L&apos;évaluation ne les utilise pas.</translation>
    </message>
    <message>
        <source>Fuel prices</source>
        <translation>Prix des combustibles</translation>
    </message>
    <message>
        <source>This scenario no longer exists.</source>
        <translation>Ce scénario n&apos;existe plus.</translation>
    </message>
    <message>
        <source>No study is open.</source>
        <translation>Aucune étude n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Scenario %1: %2</source>
        <translation>Scénario %1 : %2</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::SensitivityActions</name>
    <message>
        <source>Sweep %1</source>
        <translation>Balayage %1</translation>
    </message>
    <message>
        <source>Monte Carlo %1</source>
        <translation>Monte-Carlo %1</translation>
    </message>
    <message>
        <source>Nothing to Sweep</source>
        <translation>Rien à balayer</translation>
    </message>
    <message>
        <source>Check at least one input to sweep.</source>
        <translation>Cochez au moins une donnée d&apos;entrée à balayer.</translation>
    </message>
    <message>
        <source>Sweep Failed</source>
        <translation>Échec du balayage</translation>
    </message>
    <message>
        <source>The sweep could not be run: %1</source>
        <translation>Le balayage n&apos;a pas pu être exécuté : %1</translation>
    </message>
    <message>
        <source>“%1”: %2 inputs in %3 scenarios, %4 evaluations in %5 ms. Stored in the run history.</source>
        <extracomment>%1 run name, %2 inputs, %3 scenarios, %4 evaluations, %5 milliseconds</extracomment>
        <translation>« %1 » : %2 données d&apos;entrée dans %3 scénarios, %4 évaluations en %5 ms. Enregistré dans l&apos;historique des exécutions.</translation>
    </message>
    <message>
        <source>Nothing to Sample</source>
        <translation>Rien à échantillonner</translation>
    </message>
    <message>
        <source>Check at least one input to sample.</source>
        <translation>Cochez au moins une donnée d&apos;entrée à échantillonner.</translation>
    </message>
    <message>
        <source>Sampling %1 draws of the project&apos;s NPV…</source>
        <translation>Tirage de %1 échantillons de la VAN du projet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation>Monte-Carlo</translation>
    </message>
    <message>
        <source>Monte Carlo cancelled; nothing was stored.</source>
        <translation>Monte-Carlo annulé ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Monte Carlo Failed</source>
        <translation>Échec de l&apos;analyse Monte-Carlo</translation>
    </message>
    <message>
        <source>The Monte Carlo analysis could not be run: %1</source>
        <translation>L&apos;analyse Monte-Carlo n&apos;a pas pu être exécutée : %1</translation>
    </message>
    <message>
        <source>“%1”: %2 samples of %3 inputs (seed %4) in %5 s. Stored in the run history.</source>
        <extracomment>%1 run name, %2 samples, %3 inputs, %4 seed, %5 seconds</extracomment>
        <translation>« %1 » : %2 tirages de %3 données d&apos;entrée (graine %4) en %5 s. Enregistré dans l&apos;historique des exécutions.</translation>
    </message>
    <message>
        <source>%1 draws were moved into their input&apos;s valid domain.</source>
        <translation>%1 tirages ont été ramenés dans le domaine de validité de leur donnée d&apos;entrée.</translation>
    </message>
    <message>
        <source>Delete the run “%1” from the study?</source>
        <translation>Supprimer l&apos;exécution « %1 » de l&apos;étude ?</translation>
    </message>
    <message>
        <source>Delete the %1 selected runs from the study?</source>
        <translation>Supprimer de l&apos;étude les %1 exécutions sélectionnées ?</translation>
    </message>
    <message>
        <source>Delete Runs</source>
        <translation>Supprimer des exécutions</translation>
    </message>
    <message>
        <source>Their stored results are removed; the change is kept when the study is saved.</source>
        <translation>Leurs résultats enregistrés sont supprimés ; la modification est conservée lorsque l&apos;étude est enregistrée.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>%1 run(s) deleted from the study.</source>
        <translation>%1 exécution(s) supprimée(s) de l&apos;étude.</translation>
    </message>
    <message>
        <source>Re-run Failed</source>
        <translation>Échec de la réexécution</translation>
    </message>
    <message>
        <source>“%1” could not be re-run: %2</source>
        <translation>« %1 » n&apos;a pas pu être réexécuté : %2</translation>
    </message>
    <message>
        <source>Re-run of “%1”: identical numbers to the stored results.</source>
        <translation>Réexécution de « %1 » : résultats identiques aux résultats enregistrés.</translation>
    </message>
    <message>
        <source>Re-run of “%1”: the numbers differ from the stored results (the study&apos;s inputs or the software changed since it was run).</source>
        <translation>Réexécution de « %1 » : les résultats diffèrent des résultats enregistrés (les données de l&apos;étude ou le logiciel ont changé depuis son exécution).</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::SensitivityPage</name>
    <message>
        <source>Sweep definition</source>
        <translation>Définition du balayage</translation>
    </message>
    <message>
        <source>Monte Carlo definition</source>
        <translation>Définition de l&apos;analyse Monte-Carlo</translation>
    </message>
    <message>
        <source>One-at-a-time sweep</source>
        <translation>Balayage un paramètre à la fois</translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation>Monte-Carlo</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Historique des exécutions</translation>
    </message>
    <message>
        <source>Move one input at a time over its range: tornado, switching values and commissioning year</source>
        <translation>Faire varier une donnée d&apos;entrée à la fois sur sa plage : tornade, valeurs de basculement et année de mise en service</translation>
    </message>
    <message>
        <source>Draw the inputs from distributions: P10/P50/P90 of NPV and the probability that NPV &gt; 0</source>
        <translation>Tirer les données d&apos;entrée selon des distributions : P10/P50/P90 de la VAN et probabilité que VAN &gt; 0</translation>
    </message>
    <message>
        <source>The runs stored in the study: re-open, compare, re-run or delete them</source>
        <translation>Les exécutions enregistrées dans l&apos;étude : les rouvrir, les comparer, les réexécuter ou les supprimer</translation>
    </message>
    <message>
        <source>No sweep run yet in this session. Stored runs are in the Run history tab.</source>
        <translation>Aucun balayage exécuté pour l&apos;instant dans cette session. Les exécutions enregistrées se trouvent dans l&apos;onglet Historique des exécutions.</translation>
    </message>
    <message>
        <source>No Monte Carlo analysis run yet in this session. Stored runs are in the Run history tab.</source>
        <translation>Aucune analyse Monte-Carlo exécutée pour l&apos;instant dans cette session. Les exécutions enregistrées se trouvent dans l&apos;onglet Historique des exécutions.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::SettingsDialog</name>
    <message>
        <source>euros</source>
        <translation>euros</translation>
    </message>
    <message>
        <source>thousand euros</source>
        <translation>milliers d&apos;euros</translation>
    </message>
    <message>
        <source>million euros</source>
        <translation>millions d&apos;euros</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>The number format of the desktop&apos;s language settings.</extracomment>
        <translation>Système</translation>
    </message>
    <message>
        <source>English (C)</source>
        <translation>Anglais (C)</translation>
    </message>
    <message>
        <source>Example: %1 and %2 %</source>
        <translation>Exemple : %1 et %2 %</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <extracomment>%1 is the name of the language the desktop&apos;s settings lead to, e.g. &quot;Deutsch&quot;.</extracomment>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <source>GridCBA will use %1 when it is started again.</source>
        <translation>GridCBA utilisera %1 au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::StudyDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Store analysis “%1”</source>
        <translation>Enregistrer l&apos;analyse « %1 »</translation>
    </message>
    <message>
        <source>Delete analysis “%1”</source>
        <translation>Supprimer l&apos;analyse « %1 »</translation>
    </message>
    <message>
        <source>Rename analysis to “%1”</source>
        <translation>Renommer l&apos;analyse en « %1 »</translation>
    </message>
    <message>
        <source>%1: the study is open read-only, so it is not saved over. %2
Use Save As to save a copy under another name.</source>
        <extracomment>%1 file name, %2 why the study is read-only</extracomment>
        <translation>%1 : l&apos;étude est ouverte en lecture seule, elle n&apos;est donc pas écrasée. %2
Utilisez Enregistrer sous pour enregistrer une copie sous un autre nom.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::StudyInfoAdapter</name>
    <message>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The study&apos;s name, shown in the title bar and on the report&apos;s cover.</source>
        <translation>Nom de l&apos;étude, affiché dans la barre de titre et sur la page de garde du rapport.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What the study assesses and for whom; printed in the report.</source>
        <translation>Ce que l&apos;étude évalue et pour qui ; imprimé dans le rapport.</translation>
    </message>
    <message>
        <source>The study has a single record</source>
        <translation>L&apos;étude ne comporte qu&apos;un seul enregistrement</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::StudyNavigator</name>
    <message>
        <source>Economic parameters</source>
        <translation>Paramètres économiques</translation>
    </message>
    <message>
        <source>Name of the study, price base year, discount rate, assessment period and deflator</source>
        <translation>Nom de l&apos;étude, année de prix de référence, taux d&apos;actualisation, période d&apos;évaluation et déflateur</translation>
    </message>
    <message>
        <source>Results dashboard</source>
        <translation>Tableau de bord des résultats</translation>
    </message>
    <message>
        <source>Charts of the results: benefits against costs, NPV and B/C per scenario, cash flows, cost bearers</source>
        <translation>Graphiques des résultats : bénéfices face aux coûts, VAN et B/C par scénario, flux de trésorerie, payeurs</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>%1 (%2): study years and their parameters</source>
        <translation>%1 (%2) : années d&apos;étude et leurs paramètres</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Market model</source>
        <translation>Modèle de marché</translation>
    </message>
    <message>
        <source>Power systems</source>
        <translation>Systèmes électriques</translation>
    </message>
    <message>
        <source>Zones, borders and plant per scenario and study year, which the market model dispatches to compute B1–B6</source>
        <translation>Zones, frontières et centrales par scénario et année d&apos;étude, que le modèle de marché appelle (dispatch) pour calculer B1–B6</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Hourly demand, renewable, inflow and NTC profiles per climate year</source>
        <translation>Profils horaires de consommation, d&apos;énergies renouvelables, d&apos;apports et de NTC par année climatique</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Hurdle cost, adequacy Monte Carlo years and seed, solver tolerances</source>
        <translation>Coût de franchissement (hurdle cost), années et graine Monte-Carlo de l&apos;adéquation, tolérances du solveur</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::StudyTableModel</name>
    <message>
        <source>Edit %1 in %2</source>
        <extracomment>%1 column header, %2 table title</extracomment>
        <translation>Modifier %1 dans %2</translation>
    </message>
    <message>
        <source>Add row to %1</source>
        <translation>Ajouter une ligne à %1</translation>
    </message>
    <message>
        <source>Remove row from %1</source>
        <translation>Supprimer une ligne de %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n rows from %1</source>
        <translation>
            <numerusform>Supprimer %n ligne de %1</numerusform>
            <numerusform>Supprimer %n lignes de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1, %2</source>
        <translation>ligne %1, %2</translation>
    </message>
    <message>
        <source>Paste into %1</source>
        <translation>Coller dans %1</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::StudyYearsAdapter</name>
    <message>
        <source>Study years of %1</source>
        <translation>Années d&apos;étude de %1</translation>
    </message>
    <message>
        <source>Societal cost of carbon, %1 level, valuing B2 beyond the market CO2 price; low ≤ central ≤ high. TYNDP 2024: 126 / 238 / 315 €/t in 2030, 339 / 628 / 662 €/t in 2040.</source>
        <translation>Coût social du carbone, niveau %1, valorisant B2 au-delà du prix de marché du CO2 ; bas ≤ central ≤ haut. TYNDP 2024 : 126 / 238 / 315 €/t en 2030, 339 / 628 / 662 €/t en 2040.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>A year the market studies simulate. Benefits are interpolated linearly between study years and held after the last. Changing a year moves the projects&apos; indicator inputs for it along.</source>
        <translation>Une année simulée par les études de marché. Les bénéfices sont interpolés linéairement entre les années d&apos;étude et maintenus constants après la dernière. Modifier une année déplace avec elle les données d&apos;entrée des indicateurs des projets pour cette année.</translation>
    </message>
    <message>
        <source>Market CO2 price (€/t)</source>
        <translation>Prix de marché du CO2 (€/t)</translation>
    </message>
    <message>
        <source>CO2 price paid inside the market model (EU ETS), already part of B1; B2 counts only the societal cost above it.</source>
        <translation>Prix du CO2 payé dans le modèle de marché (EU ETS), déjà inclus dans B1 ; B2 ne compte que le coût social au-delà de ce prix.</translation>
    </message>
    <message>
        <source>SCC low (€/t)</source>
        <translation>SCC bas (€/t)</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bas</translation>
    </message>
    <message>
        <source>SCC central (€/t)</source>
        <translation>SCC central (€/t)</translation>
    </message>
    <message>
        <source>central (the headline)</source>
        <translation>central (valeur principale)</translation>
    </message>
    <message>
        <source>SCC high (€/t)</source>
        <translation>SCC haut (€/t)</translation>
    </message>
    <message>
        <source>high</source>
        <translation>haut</translation>
    </message>
    <message>
        <source>VOLL (€/MWh)</source>
        <translation>VOLL (€/MWh)</translation>
    </message>
    <message>
        <source>Value of lost load, valuing the change of energy not served (B6). There is no default: the study sets it.</source>
        <translation>Valeur de l&apos;énergie non distribuée, qui valorise la variation de l&apos;énergie non distribuée (B6). Il n&apos;y a pas de valeur par défaut : l&apos;étude la fixe.</translation>
    </message>
    <message>
        <source>Reserve cost (€/MW/yr)</source>
        <translation>Coût de la réserve (€/MW/yr)</translation>
    </message>
    <message>
        <source>Annual cost of holding reserve, valuing the reserve avoided (B9); 0 means B9 is not monetised in this year.</source>
        <translation>Coût annuel de maintien de la réserve, qui valorise la réserve évitée (B9) ; 0 signifie que B9 n&apos;est pas monétisé cette année-là.</translation>
    </message>
    <message>
        <source>Row %1 no longer exists</source>
        <translation>La ligne %1 n&apos;existe plus</translation>
    </message>
    <message>
        <source>%1 is already a study year of %2</source>
        <translation>%1 est déjà une année d&apos;étude de %2</translation>
    </message>
    <message>
        <source>Study years are kept in ascending order: %1 would come before %2 (row %3). Change that year first, or add a row.</source>
        <translation>Les années d&apos;étude sont maintenues dans l&apos;ordre croissant : %1 se placerait avant %2 (ligne %3). Modifiez d&apos;abord cette année ou ajoutez une ligne.</translation>
    </message>
    <message>
        <source>Study years are kept in ascending order: %1 would come after %2 (row %3). Change that year first, or add a row.</source>
        <translation>Les années d&apos;étude sont maintenues dans l&apos;ordre croissant : %1 se placerait après %2 (ligne %3). Modifiez d&apos;abord cette année ou ajoutez une ligne.</translation>
    </message>
    <message>
        <source>study years must be strictly ascending: %1 follows %2</source>
        <translation>les années d&apos;étude doivent être strictement croissantes : %1 suit %2</translation>
    </message>
    <message>
        <source>A scenario needs at least one study year.</source>
        <translation>Un scénario nécessite au moins une année d&apos;étude.</translation>
    </message>
    <message>
        <source>the SCC must satisfy low ≤ central ≤ high, it is %1 / %2 / %3 €/t in %4.</source>
        <translation>le SCC doit respecter bas ≤ central ≤ haut, il vaut %1 / %2 / %3 €/t en %4.</translation>
    </message>
    <message>
        <source>Project %1 has indicator inputs for %2, which is not a study year of this scenario: change them on the project&apos;s page.</source>
        <translation>Le projet %1 a des données d&apos;entrée d&apos;indicateurs pour %2, qui n&apos;est pas une année d&apos;étude de ce scénario : modifiez-les sur la page du projet.</translation>
    </message>
    <message>
        <source>Project %1 has indicator inputs for %2, which are not study years of this scenario: change them on the project&apos;s page.</source>
        <translation>Le projet %1 a des données d&apos;entrée d&apos;indicateurs pour %2, qui ne sont pas des années d&apos;étude de ce scénario : modifiez-les sur la page du projet.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::SweepDefinitionPanel</name>
    <message>
        <source>Run Sweep</source>
        <translation>Lancer le balayage</translation>
    </message>
    <message>
        <source>Points of each sweep curve, both ends of the range included</source>
        <translation>Points de chaque courbe de balayage, les deux bornes de la plage incluses</translation>
    </message>
    <message>
        <source>± </source>
        <translation>± </translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>The NPV is traced for commissioning up to this many years earlier and later than in the study</source>
        <translation>La VAN est tracée pour une mise en service avancée ou retardée d&apos;au plus ce nombre d&apos;années par rapport à l&apos;étude</translation>
    </message>
    <message>
        <source>Name of the run (optional)</source>
        <translation>Nom de l&apos;exécution (facultatif)</translation>
    </message>
    <message>
        <source>The run is stored in the study&apos;s run history under this name</source>
        <translation>L&apos;exécution est enregistrée sous ce nom dans l&apos;historique des exécutions de l&apos;étude</translation>
    </message>
    <message>
        <source>Sweep the checked inputs one at a time and store the run in the study</source>
        <translation>Balayer les données d&apos;entrée cochées une à la fois et enregistrer l&apos;exécution dans l&apos;étude</translation>
    </message>
    <message>
        <source>Check All</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <source>Check None</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <source>Points per input:</source>
        <translation>Points par donnée d&apos;entrée :</translation>
    </message>
    <message>
        <source>Commissioning year:</source>
        <translation>Année de mise en service :</translation>
    </message>
    <message>
        <source>Run name:</source>
        <translation>Nom de l&apos;exécution :</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::SweepInputsModel</name>
    <message>
        <source>Input</source>
        <translation>Donnée d&apos;entrée</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Study value</source>
        <translation>Valeur de l&apos;étude</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bas</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haut</translation>
    </message>
    <message>
        <source>The inputs of the economic evaluation that a sweep can move; check those to sweep, one at a time.</source>
        <translation>Les données d&apos;entrée de l&apos;évaluation économique qu&apos;un balayage peut faire varier ; cochez celles à balayer, une à la fois.</translation>
    </message>
    <message>
        <source>The unit of the row&apos;s values: % for rates and shares, a factor on the study&apos;s value, or years.</source>
        <translation>L&apos;unité des valeurs de la ligne : % pour les taux et les parts, un facteur appliqué à la valeur de l&apos;étude, ou des années.</translation>
    </message>
    <message>
        <source>The value the study uses, in the unit of the row; the sweep moves the input away from it.</source>
        <translation>La valeur utilisée par l&apos;étude, dans l&apos;unité de la ligne ; le balayage fait varier la donnée d&apos;entrée à partir de celle-ci.</translation>
    </message>
    <message>
        <source>The end of the range the input is swept over, in the unit of the row (rates and shares in %); edit it to change the range.</source>
        <translation>La borne de la plage sur laquelle la donnée d&apos;entrée est balayée, dans l&apos;unité de la ligne (taux et parts en %) ; modifiez-la pour changer la plage.</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::SweepResultsView</name>
    <message>
        <source>Input (unit)</source>
        <translation>Donnée d&apos;entrée (unité)</translation>
    </message>
    <message>
        <source>Study value</source>
        <translation>Valeur de l&apos;étude</translation>
    </message>
    <message>
        <source>NPV = 0 at</source>
        <translation>VAN = 0 à</translation>
    </message>
    <message>
        <source>B/C = 1 at</source>
        <translation>B/C = 1 à</translation>
    </message>
    <message>
        <source>none in [%1, %2]</source>
        <translation>aucune dans [%1, %2]</translation>
    </message>
    <message>
        <source>NPV (M€)</source>
        <translation>VAN (M€)</translation>
    </message>
    <message>
        <source>B/C ratio</source>
        <translation>Ratio B/C</translation>
    </message>
    <message>
        <source>The scenario whose tornado and switching values are shown</source>
        <translation>Le scénario dont la tornade et les valeurs de basculement sont affichées</translation>
    </message>
    <message>
        <source>Switching values: the value of one input at which the NPV becomes zero or the B/C ratio one, all other inputs at the study&apos;s values.</source>
        <translation>Valeurs de basculement : la valeur d&apos;une donnée d&apos;entrée pour laquelle la VAN devient nulle ou le ratio B/C égal à un, toutes les autres données d&apos;entrée restant aux valeurs de l&apos;étude.</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Scénario :</translation>
    </message>
    <message>
        <source>Tornado of:</source>
        <translation>Tornade de :</translation>
    </message>
    <message>
        <source>Switching values</source>
        <translation>Valeurs de basculement</translation>
    </message>
    <message>
        <source>No sweep has been run for this project yet.</source>
        <translation>Aucun balayage n&apos;a encore été exécuté pour ce projet.</translation>
    </message>
    <message>
        <source>Run a sweep to see which inputs move the result most.</source>
        <translation>Lancez un balayage pour voir quelles données d&apos;entrée influent le plus sur le résultat.</translation>
    </message>
    <message>
        <source>Run a sweep to see the value of timing.</source>
        <translation>Lancez un balayage pour voir la valeur du calendrier de mise en service.</translation>
    </message>
    <message>
        <source>NPV tornado — %1</source>
        <translation>Tornade de la VAN — %1</translation>
    </message>
    <message>
        <source>B/C tornado — %1</source>
        <translation>Tornade du B/C — %1</translation>
    </message>
    <message>
        <source>Bars show the net present value, in M€, with each input at the ends of its range</source>
        <translation>Les barres montrent la valeur actuelle nette, en M€, avec chaque donnée d&apos;entrée aux bornes de sa plage</translation>
    </message>
    <message>
        <source>Bars show the benefit/cost ratio (no unit) with each input at the ends of its range</source>
        <translation>Les barres montrent le ratio bénéfices/coûts (sans unité) avec chaque donnée d&apos;entrée aux bornes de sa plage</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::TornadoChart</name>
    <message>
        <source>Tornado</source>
        <translation>Tornade</translation>
    </message>
    <message>
        <source>Run a sweep to see which inputs move the result most.</source>
        <translation>Lancez un balayage pour voir quelles données d&apos;entrée influent le plus sur le résultat.</translation>
    </message>
    <message>
        <source>The B/C ratio is not defined in this scenario.</source>
        <translation>Le ratio B/C n&apos;est pas défini dans ce scénario.</translation>
    </message>
    <message>
        <source>Input at the low end of its range</source>
        <translation>Donnée d&apos;entrée à la borne basse de sa plage</translation>
    </message>
    <message>
        <source>Input at the high end of its range</source>
        <translation>Donnée d&apos;entrée à la borne haute de sa plage</translation>
    </message>
    <message>
        <source>Base NPV: %1 M€</source>
        <translation>VAN de base : %1 M€</translation>
    </message>
    <message>
        <source>Base B/C: %1</source>
        <translation>B/C de base : %1</translation>
    </message>
    <message>
        <source>Net present value (M€ of %1)</source>
        <translation>Valeur actuelle nette (M€ de %1)</translation>
    </message>
    <message>
        <source>Benefit/cost ratio (–)</source>
        <translation>Ratio bénéfices/coûts (–)</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::UserGuideWindow</name>
    <message>
        <source>GridCBA User Guide</source>
        <translation>Guide de l&apos;utilisateur de GridCBA</translation>
    </message>
    <message>
        <source>The sections of the guide; click one to go there</source>
        <translation>Les sections du guide ; cliquez sur l&apos;une d&apos;elles pour y accéder</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Find in the guide (Ctrl+F)</source>
        <translation>Rechercher dans le guide (Ctrl+F)</translation>
    </message>
    <message>
        <source>Text to find in the guide: Return finds the next match, Shift+Return the previous one</source>
        <translation>Texte à rechercher dans le guide : Entrée trouve l&apos;occurrence suivante, Maj+Entrée la précédente</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::WelcomePage</name>
    <message>
        <source>No study is open</source>
        <translation>Aucune étude n&apos;est ouverte</translation>
    </message>
    <message>
        <source>Open a study file (.gridcba) or a study in the JSON exchange format, or look around in the bundled sample study.</source>
        <translation>Ouvrez un fichier d&apos;étude (.gridcba) ou une étude au format d&apos;échange JSON, ou explorez l&apos;étude exemple fournie.</translation>
    </message>
    <message>
        <source>Open Study…</source>
        <translation>Ouvrir une étude…</translation>
    </message>
    <message>
        <source>Open Sample Study</source>
        <translation>Ouvrir l&apos;étude exemple</translation>
    </message>
</context>
<context>
    <name>gridcba::ui::editing</name>
    <message>
        <source>%1 must be between %2 and %3</source>
        <extracomment>%1 field name (&quot;Year&quot;, &quot;Price base year&quot;)</extracomment>
        <translation>%1 doit être compris entre %2 et %3</translation>
    </message>
    <message>
        <source>%1 must be a number ≥ 0</source>
        <translation>%1 doit être un nombre ≥ 0</translation>
    </message>
    <message>
        <source>%1: prices of %2 need price indices for %2 and for the price base year %3 in the deflator (Economic parameters page); add them first</source>
        <extracomment>%1 field, %2 price year, %3 price base year</extracomment>
        <translation>%1 : les prix de %2 nécessitent des indices de prix pour %2 et pour l&apos;année de prix de référence %3 dans le déflateur (page Paramètres économiques) ; ajoutez-les d&apos;abord</translation>
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
        <translation>Analyse coûts-bénéfices de projets de réseau électrique (guide méthodologique CBA de l&apos;ENTSO-E)</translation>
    </message>
    <message>
        <source>A study file (.gridcba) or JSON study to open.</source>
        <translation>Fichier d&apos;étude (.gridcba) ou étude JSON à ouvrir.</translation>
    </message>
</context>
</TS>
