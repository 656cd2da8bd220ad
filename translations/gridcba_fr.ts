<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CsvExport</name>
    <message>
        <source>%1: cannot create the directory</source>
        <extracomment>%1 is a directory name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Input</name>
    <message>
        <source>Discount rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating years assessed (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissioning delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Societal cost of carbon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market CO2 price (B2 only, market results fixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of lost load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socio-economic welfare B1 (proxy for fuel prices, demand, RES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid losses B5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve cost (B9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the first year counted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFormat</name>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (misspelt, or from a newer version of GridCBA?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string, got %1</source>
        <extracomment>%1 describes the value found, e.g. &quot;an array&quot; or a number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number or null, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <extracomment>%1 is the value found in the file, %2 the list of allowed values</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown pollutant; use nox, nh3, sox, pm25, pm10 or nmvoc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deflator keys are years, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GridCBA study (expected &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is newer than this GridCBA reads (%2); update GridCBA</source>
        <extracomment>%1 is the format version of the file, %2 the newest version this program reads</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formatVersion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: invalid JSON: %2</source>
        <extracomment>%1 is the column number, %2 the JSON parser error</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a study file is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <extracomment>%1 is the file name, %2 the system error</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunComparison</name>
    <message>
        <source>Base NPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base B/C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest NPV swing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV P10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV P50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(NPV &gt; 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B/C P50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M€</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference
(second − first)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SensitivityText</name>
    <message>
        <source>The real discount rate applied to every yearly flow of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scales the CAPEX of every investment (OPEX stated as a share of CAPEX and the residual value follow); the default range is the project&apos;s stated CAPEX uncertainty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scales the yearly OPEX of every investment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of operating years N counted in the assessment period, in whole years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the commissioning year, and the CAPEX phasing with it, by whole years; positive values are a delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scales the societal cost of carbon that monetises the change in CO2 emissions (B2) in every study year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scales the market (ETS) CO2 price; this changes only B2, because the market results (B1) are held fixed until a market model can recompute them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scales the value of lost load that monetises the change in energy not served (B6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scales socio-economic welfare (B1); it stands in for fuel prices, demand and RES capacity until the market model exists to recompute them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scales the monetised change in grid losses (B5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scales the cost of reserve capacity that monetises the reserve need avoided (B9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of the commissioning year&apos;s benefits and OPEX that is counted (100 % = a full year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× study value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 an input, %2 its unit
----------
%1 distribution, %2 its parameters</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triangular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERT (beta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lognormal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard deviation of the value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit money is shown and entered in, in tables, forms and charts. Studies always store euros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Money unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How numbers are written: decimal and thousands separators. System follows the desktop&apos;s language settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults for new studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real social discount rate of new studies. ENTSO-E default: 4 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discount rate (real):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year whose prices all money of a new study is expressed in. ENTSO-E default: 2023.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price base year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year t0 to which present values of a new study are expressed, usually its reference year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounting &amp;year (t0):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N: years of operation assessed from commissioning in a new study. ENTSO-E default: 25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operating years assessed (N):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often a modified study is saved to a recovery file, offered for restoring after a crash. Off: never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a recovery copy every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyFile</name>
    <message>
        <source>%1: cannot open: %2</source>
        <extracomment>%1 is the file name, %2 the system error</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyTemplates</name>
    <message>
        <source>National Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom-up scenario following the national energy and climate plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributed Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decentralised pathway to the EU climate targets: rooftop PV, prosumers, electrified heat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global Ambition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centralised pathway to the EU climate targets: offshore wind, hydrogen imports, nuclear.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>The project no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>year %1 is outside %2..%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a finite number &gt;= 0, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used twice; ids must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a fraction between -1 and 1 (0.04 for 4 %), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1..100 years, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be in (0, 1], got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price index must be &gt; 0, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prices of %1 need deflator indices for %1 and for the price base year %2 in economics/deflator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>climate year %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights must sum to 1, they sum to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scenario needs at least one study year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>study years must be strictly ascending: %1 follows %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>societal cost of carbon must satisfy low &lt;= central &lt;= high (%1 / %2 / %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPEX range must satisfy low &lt;= central &lt;= high (%1 / %2 / %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1..200 years, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPEX year %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPEX in %1 falls after the assessment period, which ends in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CAPEX lump sum without phasing needs constructionYears &gt;= 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give OPEX either in €/yr or as a share of CAPEX, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scenario with id &apos;%1&apos; in this study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a study year of scenario &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inputs for scenario &apos;%1&apos;, year %2 are given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a project needs at least one investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a border needs both zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a border joins two different zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cost share is a fraction in [0, 1], got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost shares must sum to 1, they sum to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run ids are unique whole numbers &gt;= 1, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;sweep&quot; or &quot;montecarlo&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no project with id &apos;%1&apos; in this study</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::indicators</name>
    <message>
        <source>Socio-economic welfare (B1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welfare (B1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gain in consumer and producer surplus and congestion rent that the project brings, from market simulations with and without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CO2 emissions beyond market price (B2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CO2 emissions (B2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of CO2 emissions valued at the societal cost of carbon minus the CO2 price already paid in the market (and so counted in B1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid losses (B5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of the change in transmission losses; negative when the project increases losses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adequacy (B6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduction of expected energy not served, valued at the value of lost load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserves (B9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve capacity that no longer needs to be procured thanks to the project, valued at the reserve cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits entered by the promoter and counted in the NPV, such as avoided renewal of assets or redispatch savings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-CO2 emissions (B4, not in NPV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-CO2 emissions (B4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of NOx, SOx, NH3, particulate and NMVOC emissions valued at their damage costs; shown apart and not included in the NPV or B/C ratio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOx emissions (B4a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NH3 emissions (B4b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOx emissions (B4c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PM2.5 emissions (B4d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PM10 emissions (B4e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NMVOC emissions (B4f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monetised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qualitative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>€/yr (%1 prices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t/yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoided RES curtailment (B3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MWh/yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RES connected (B3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-CO2 emissions at damage cost (B4, not in NPV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected energy not served (B6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss of load expectation (B6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h/yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in NPV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other benefits in the NPV, total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency stability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voltage stability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transient stability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black-start capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual environmental impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual social impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other residual impact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::io::tables</name>
    <message>
        <source>parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every economic and scenario parameter of the study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price base year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount rate (real)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fraction/yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounting year t0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating years assessed N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual value method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B/C ratio definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the commissioning year assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deflator index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion factor to %1 prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Climate-year weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>€/t, %1 prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market CO2 price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Societal cost of carbon, low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Societal cost of carbon, central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Societal cost of carbon, high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of lost load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>€/MWh, %1 prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>€/MW/yr, %1 prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage cost %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel price %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>€/MWh of fuel, %1 prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>€, %1 prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV, B/C ratio and economic IRR of each project in each assessed scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B/C ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic IRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IRR outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present values, NPV, B/C ratio and IRR of project %1, per scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV headline benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV residual value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV CAPEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV OPEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV decommissioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV, SCC low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV, SCC high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV, CAPEX low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV, CAPEX high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly cash flows of project %1 per scenario; NPV = Σ net cash flow × discount factor, discount factor = 1 / (1 + %2)^(year − %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommissioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net cash flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounted net cash flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator inputs of project %1 per scenario and study year, with the monetised values the evaluation used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monetised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>€/yr, %1 prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In headline NPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost bearers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present value of the costs of project %1 borne by each country (share × PV; costs do not depend on the scenario)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV CAPEX borne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV OPEX borne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV decommissioning borne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV costs borne</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::report::NumberFormat</name>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage; %1 is the number already formatted for the locale.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::report::Renderer</name>
    <message>
        <source> (continued)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::report::Report</name>
    <message>
        <source>Cost-benefit analysis report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 · %2 · commissioning %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Whole study · %n project(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real € of %1, discounted at %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GridCBA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared with GridCBA following the ENTSO-E guideline for cost-benefit analysis of grid development projects (4th edition). The figures can be traced to the study file by its SHA-256 checksum (Traceability annex).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline results of every project in every assessed scenario, in %1, discounted at %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B/C ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic IRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV, B/C ratio and economic IRR per project and scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GridCBA %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly cash flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GridCBA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M€ of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interconnector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal reinforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none in [%1, %2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored results of run &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep &quot;%1&quot;, run %2 with %3. Each input is moved over its range with every other input at the study&apos;s value; the switching value is where NPV = 0 (B/C = 1). Input units: fraction, factor on the study&apos;s value, or years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV at low
(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV at high
(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV = 0 at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B/C = 1 at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tornado and switching values, scenario %1 (base NPV %2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissioning year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV against the commissioning year, scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored run &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo &quot;%1&quot;, run %2 with %3: %4 samples, seed %5. The indicator inputs are held fixed; the same draw is evaluated in every scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min %1, mode %2, max %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min %1, max %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean %1, standard deviation %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank correlation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs of Monte Carlo run &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV P10
(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV P50
(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV P90
(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(NPV &gt; 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B/C P10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B/C P50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B/C P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV and B/C distribution of Monte Carlo run &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity and Monte Carlo analyses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sensitivity analysis (one-at-a-time sweep, tornado or switching value) is stored in this study for project %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Monte Carlo analysis is stored in this study for project %1, so no distribution of the NPV (P10, P50, P90, probability of a positive NPV) is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NPV at the low and high societal cost of carbon and at the low and high ends of the CAPEX range, each with every other input at its central value, is given in the chapter Economic evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly cash flows of project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cash flows: the project is not evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All values in %1 per year. Discount factor = 1 / (1 + %2)^(year − %3). NPV = Σ net cash flow × discount factor. Headline benefits are B1, B2, B5, B6, B9 and other benefits; B4 is not included. The same table is exported with full precision (File &gt; Export Tables).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline benefits (M€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual value (M€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPEX (M€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPEX (M€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommis- sioning (M€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net cash flow (M€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounted net (M€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly cash flows of project %1 in scenario %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs follow the guideline. B1, B3, B5 in €, B9 and other benefits are positive when the project brings a benefit. B2 (ΔCO2), B4 (Δ pollutants), B5 (Δ losses) and B6 (ΔEENS, ΔLOLE) are &quot;with minus without&quot; the project, so a negative value is a reduction. Monetised values are those the evaluation used, in M€ of %1 per year: B2 = −ΔCO2 × (central societal cost of carbon − market CO2 price), only the carbon value beyond the CO2 price already inside B1; B6 = −ΔEENS × VOLL; B9 = reserve avoided × reserve cost; B4 at damage costs is shown apart and is not in the NPV. Quantified indicators (B3, LOLE, losses in MWh) are shown beside the monetised ones and never added to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicators of this scenario cannot be evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, source: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 monetised (M€/yr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not in NPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators of project %1 in scenario %2, per study year (monetised in M€ of %3 per year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed in this scenario (no input, which is not the same as zero): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin of the inputs. %1. There is no market model in this version of GridCBA: B1–B6 are entered from external studies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability classes: monetised indicators enter the headline NPV and B/C ratio; quantified indicators are given in physical units only; qualitative indicators (B7, B8, S1–S3) follow in their own section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is not assessed in: %1. It has no indicator inputs there and those scenarios are left out of the ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-monetised indicators (B7, B8, S1–S3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flexibility (B7), stability (B8) or residual impact (S1–S3) indicators are entered for this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These indicators are reported as entered by the promoter and are not monetised. Scores: −− strongly negative, − negative, 0 neutral, + positive, ++ strongly positive, or a quantity with its unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualitative indicators of project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project identification and description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price year of € indicator inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification of project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project changes no cross-border transfer capacity (no border is entered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ΔNTC from → to (MW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ΔNTC to → from (MW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer capacity added per border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical lifetime (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPEX, central (M€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investments of the project (CAPEX in € of each investment&apos;s price year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPEX low (M€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPEX central (M€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPEX high (M€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPEX phasing (C1) with its uncertainty range, in € of each investment&apos;s price year; a lump sum is spread evenly over the years shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs are entered per investment in € of the investment&apos;s price year and converted to %1 prices with the deflator (Annex). The low and high CAPEX give the NPV at the ends of the uncertainty range (chapter Economic evaluation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPEX (M€/yr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPEX as share of CAPEX (%/yr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommissioning (M€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating costs (C2) from commissioning to the end of the assessment period, and decommissioning cost booked in its last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommissioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present value of the costs, discounted at %1 to %2 (the same in every scenario)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiaries and cost bearers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cost shares are entered for this project, so no cost bearers can be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each country bears the project&apos;s costs in proportion to its cost share. Costs do not depend on the scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV CAPEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV OPEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV decommissioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV costs borne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost bearers by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-country beneficiaries are not shown. They need the split of B1 into consumer surplus, producer surplus and congestion rent per zone, and of B2, B4 and B6 per zone, which come from the market model; this version of GridCBA has no market model and its indicator inputs cover the whole modelled perimeter. No split of benefits by country is assumed, so no net position per country (benefits minus allocated costs) is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present values in %1, discounted at %2 (real) to %3, over %4 operating years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs (CAPEX + OPEX + decommissioning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be evaluated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no indicator inputs in any scenario, so it is not assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Project %1 is assessed in %n scenario(s) over the assessment period %2–%3. %4</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Range over scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key results of project %1 per scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed (no indicator inputs): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present value of monetised benefits (left bar) and costs (right bar) per scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 NPV = PV(monetised headline benefits) + PV(residual value) − PV(CAPEX) − PV(OPEX) − PV(decommissioning). %2 The economic IRR is the discount rate at which the NPV is zero; &quot;none&quot; means the NPV does not change sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B/C = [PV(benefits) + PV(residual) − PV(OPEX)] / [PV(CAPEX) + PV(decommissioning)].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B/C = [PV(benefits) + PV(residual)] / [PV(CAPEX) + PV(OPEX) + PV(decommissioning)].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline benefits (in NPV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net present value (NPV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit/cost ratio (B/C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic evaluation of project %1 per scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV variant (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV, central values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV, societal cost of carbon low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV, societal cost of carbon high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV, CAPEX low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV, CAPEX high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV at the ends of the uncertainty ranges (one input changed at a time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range over the assessed scenarios: NPV %1 to %2 %3; B/C %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net cash flow (%1 per year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly net cash flow (undiscounted headline benefits + residual value − costs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear: total CAPEX × (T − N) / T, booked as a benefit in the last year of the assessment period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[PV(benefits) + PV(residual) − PV(OPEX)] / [PV(CAPEX) + PV(decommissioning)]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[PV(benefits) + PV(residual)] / [PV(CAPEX) + PV(OPEX) + PV(decommissioning)]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios and economic parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic parameters of the study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price base year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount rate (real)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounting year t0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating years assessed N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the commissioning year assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deflator (price index by year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (all inputs in base-year prices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Climate years (weight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios of the study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market CO2 price (€/t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCC low (€/t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCC central (€/t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCC high (€/t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOLL (€/MWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve cost (€/MW/yr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters per scenario and study year, in € of each scenario&apos;s price year (SCC: societal cost of carbon; the central value is the headline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage costs of pollutants and fuel prices are listed with every other parameter value in the annex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter values used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every economic and scenario parameter of the study, as stored. The same list is exported as the table &quot;parameters&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traceability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every figure in this report is computed by the GridCBA economics engine from the study file named below, whose SHA-256 checksum identifies the exact bytes read. The same figures are printed at full precision by: gridcba-cli evaluate FILE --json --cash-flows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software and study file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GridCBA %1 (Qt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the study file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the study has changes not saved to this file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENTSO-E CBA guideline, 4th edition, as implemented in GridCBA (documentation: docs/economics.md)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::report::Xlsx</name>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers are stored at full precision; money in € (not M€), rates and shares as fractions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field opened here is not closed (a &quot; is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (or their keys: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not UTF-8; save the file as “CSV UTF-8”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column “%1”; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns “%1” and “%2” both give %3; keep one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column “%1” (key “%2”) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table no longer exists in the study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this table has a fixed number of rows (%1) but the file has %2 data rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows cannot be added to this table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cells, but the header names %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::AnalysisRunsModel</name>
    <message>
        <source>Sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to rename the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::AutoSaver</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autosaved copy of “%1” cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover autosaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::BenefitCostChart</name>
    <message>
        <source>Benefits and costs per scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs (CAPEX + OPEX + decommissioning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario (left bar: benefits, right bar: costs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present value (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::CapexChart</name>
    <message>
        <source>CAPEX by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CAPEX to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no CAPEX yet: add years to the phasing, or give a lump sum and its construction years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low–high range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPEX by year: lump sum spread over the construction years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPEX (%1, %2 prices)</source>
        <extracomment>%1 money unit (M€), %2 price year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
central %2
range %3 – %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::CashFlowChart</name>
    <message>
        <source>Yearly cash flow and cumulative NPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly cash flow and cumulative NPV — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cash flows in this scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommissioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative NPV (right axis), ending at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash flow per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative NPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Cumulative discounted NPV: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: %3
Net cash flow of the year: %4</source>
        <extracomment>%1 year, %2 series (CAPEX, ...), %3 its value, %4 the year&apos;s net cash flow</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ChartExport</name>
    <message>
        <source>Chart exported from GridCBA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the chart to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name must end in .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawing failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a PNG image, an SVG drawing or a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ClimateYearsAdapter</name>
    <message>
        <source>Climate years of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of this climate year when results are combined over climate years; the weights of a scenario sum to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Climate year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weather year of the market simulations (e.g. 1995, 2008, 2009).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Climate year %1 is already in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight must be between 0 % and 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Climate year %1 is already in row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights sum to %1; they must sum to 100 % before the study can be evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::CommissioningYearChart</name>
    <message>
        <source>NPV against commissioning year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissioning year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a sweep to see the value of timing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sweep has no commissioning-year assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as in the study (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net present value (M€ of %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::CostBearersChart</name>
    <message>
        <source>Per-country beneficiaries are not shown: splitting the benefits by country needs the market model, which GridCBA does not have yet. CAPEX, OPEX and decommissioning are split by the project&apos;s cost shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost bearers per country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost bearers per country — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cost shares are entered for this project:
enter them in the project&apos;s costs to see who bears them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommissioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>total cost a country bears, its share of the costs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PV of costs borne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: %3
Total borne: %4 (%5 of the costs)</source>
        <extracomment>%1 country, %2 CAPEX/OPEX, %3 its value, %4 the country&apos;s total, %5 its share</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::CsvImportDialog</name>
    <message>
        <source>Import CSV into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows of the file replace all %1 rows of %2, as one step that Edit &gt; Undo takes back. A file with any error changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to import %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing will be imported: fix the error below and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing will be imported: fix the %1 errors below and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 rows into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed by the table; a file column with this name is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the file: the rows get the value a new row gets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the file&apos;s column “%1”, in base units, shown here in the table&apos;s unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the file&apos;s column “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview shows the first %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::DamageCostsAdapter</name>
    <message>
        <source>Damage costs of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study year (change it in Study years).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (€/t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage cost of %1 emissions (%2) in €/t of the scenario&apos;s price year. Empty: %2 is not monetised in this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage cost of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::DashboardPage</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All projects side by side, or the charts of one project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario of the cash-flow and cost-bearer charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results are being updated…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a study to see its results here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not evaluated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be evaluated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no indicator inputs in any scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 has not been evaluated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be evaluated, so there is nothing to chart. The engine reports:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no indicator inputs in any scenario, so there is nothing to chart. Enter its benefits (B1, B2, …) per scenario and study year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed (no indicator inputs): %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::DeflatorAdapter</name>
    <message>
        <source>Deflator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year whose prices the index measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price level of the year (any base: only ratios matter), e.g. the HICP. Money of year Y is converted to the price base year B by index(B) / index(Y).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factor to base-year prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index(price base year) / index(year): multiply money of this year by it to express it in prices of the price base year. Empty when the deflator has no index for the price base year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1 is already in the deflator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deflator is kept in ascending order: %1 would come before %2 (row %3). Change that year first, or add a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deflator is kept in ascending order: %1 would come after %2 (row %3). Change that year first, or add a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price index must be greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: Price index must be greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::DensityChart</name>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an input to preview its distribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>study value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability density (per year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability density (per %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability density (per unit of the factor)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::DistributionEditor</name>
    <message>
        <source>PERT is a smoothed triangular distribution (a scaled beta); the lognormal&apos;s standard deviation is that of the value, not of its logarithm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::DocumentActions</name>
    <message>
        <source>&amp;New Study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a study from the ENTSO-E default parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a study file (.gridcba) or a study in the JSON exchange format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the study to its .gridcba file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the study to a new .gridcba file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Sample Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the illustrative study bundled with GridCBA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About GridCBA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study “%1” has changes that are not saved. Save them before continuing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study Not Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study opened, but it holds values that must be corrected before its projects can be evaluated. Projects affected show why on their results tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Sample Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled sample study could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GridCBA studies (*.gridcba *.json);;Study files (*.gridcba);;JSON exchange format (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Study As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GridCBA studies (*.gridcba)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About GridCBA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;GridCBA %1&lt;/h3&gt;&lt;p&gt;Cost-benefit analysis of electricity transmission and storage projects following the ENTSO-E CBA guideline (4th edition): benefit indicators B1–B9, net present value, benefit/cost ratio and economic IRR per scenario.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QCustomPlot.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study Not Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study %1 no longer exists. It has been removed from the list of recent files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more (see Show Details)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::DriversChart</name>
    <message>
        <source>Drivers of the NPV variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of NPV variance (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a Monte Carlo analysis to see what drives the NPV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of variance, ρ %2</source>
        <extracomment>variance share and Spearman rank correlation with NPV</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drivers of the NPV variance — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::EconomicParametersAdapter</name>
    <message>
        <source>scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the benefits of project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>investment %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of the assets left at the end of the assessment period: none (the guideline&apos;s default), or linear, total CAPEX × (T − N) / T counted as a benefit in the last year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear: CAPEX × (T − N) / T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B/C ratio definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits over costs (default): [PV(benefits) + PV(residual)] / [PV(CAPEX) + PV(OPEX) + PV(decommissioning)]; net of OPEX, used by some regulators, moves OPEX to the numerator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits / costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net of OPEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price base year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All results are in euros of this year&apos;s prices; money of other years is converted with the deflator (default 2023).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount rate, real (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social discount rate applied to every yearly cash flow; the guideline&apos;s default is 4 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounting year t0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present values are expressed in this year: factor 1 / (1 + r)^(t − t0); default the study&apos;s reference year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating years assessed N (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits and OPEX are counted for N years from the commissioning year; the guideline&apos;s default is 25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-year fraction (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the commissioning year&apos;s benefits and OPEX that is counted; default 100 % (a full year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The economic parameters are a single record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price base year %1 needs deflator indices for %1 and %3, because %2 gives prices of %3; add them to the deflator first</source>
        <extracomment>%1 new base year, %2 &quot;scenario NT&quot;, %3 its price year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount rate must be greater than −100 % and less than 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounting year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating years assessed must be between 1 and 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual value must be none or linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B/C ratio definition must be benefits over costs or net of OPEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-year fraction must be greater than 0 % and at most 100 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::EconomicsPage</name>
    <message>
        <source>Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methodology defaults (ENTSO-E CBA guideline): 4 % real discount rate, 25 operating years, no residual value, full first year. Hover over a field for its meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deflator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price index by year. Money stated in prices of another year than the price base year (%1) is converted with it, so the deflator needs an index for the base year and for every price year used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du&amp;plicate Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a scenario with one study year and one climate year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected scenario, with the projects&apos; indicator inputs for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected scenario and the projects&apos; indicator inputs for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a project with one empty investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected project (without its stored analyses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected project and its stored analyses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate scenario %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario %1 removed. Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate project %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 removed. Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::EditableTable</name>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a row below the current one (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste cells copied from a spreadsheet (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this table by the rows of a CSV file, after a preview. You can also drop a .csv file on the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::FuelPricesAdapter</name>
    <message>
        <source>Fuel prices of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel name as the market model uses it (gas, hardCoal, lignite, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the scenario&apos;s study years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (€/MWh of fuel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel price per MWh of fuel (thermal) in the scenario&apos;s price year; for the market model (the evaluation does not use it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study year must be one of the study years of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a price for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel must have a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the fuel (it is still called “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::LogPanel</name>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::MainWindow</name>
    <message>
        <source>Undo History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the table you last clicked in by the rows of a CSV file, after a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click in the table you want to import into (study years, CAPEX phasing, indicator inputs, …), then choose File &gt; Import CSV again, or drop the .csv file on the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Restore Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autosaved copy of “%1” could not be read. It stays where it is; use Discard to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the autosaved changes of “%1” from %2; save to keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GridCBA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2[*] — GridCBA</source>
        <extracomment>%1 study name, %2 file name; [*] is where Qt shows &quot;*&quot; while there are unsaved changes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::McInputsModel</name>
    <message>
        <source>Input (unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution (parameters in the input&apos;s unit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::MonteCarloDefinitionPanel</name>
    <message>
        <source>Run Monte Carlo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of draws; the same seed and samples give the same numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the random numbers, stored with the run so it can be re-run to the same numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the run (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample the checked inputs and store the run in the study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs sampled (check) and their distributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target Spearman rank correlation between the two inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlate the two inputs; both are then sampled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank correlations (optional), ρ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ↔ %2: ρ = %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::MonteCarloJob</name>
    <message>
        <source>unexpected error in the Monte Carlo engine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::MonteCarloResultsView</name>
    <message>
        <source>The scenario whose histogram and drivers are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histogram and drivers of scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Monte Carlo analysis has been run for this project yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a Monte Carlo analysis to see the NPV distribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a Monte Carlo analysis to see the S-curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a Monte Carlo analysis to see what drives the NPV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV P10
(M€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV P50
(M€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV P90
(M€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV mean
(M€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV std. dev.
(M€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(NPV &gt; 0)
(%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B/C P10
(–)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B/C P50
(–)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B/C P90
(–)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::NewStudyEconomicsPage</name>
    <message>
        <source>Economic parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefilled with the defaults for new studies from the settings; the ENTSO-E guideline&apos;s are 2023 prices, 4 % and 25 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price base year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All money in the study is in real euros of this year&apos;s prices. Money given in other price years is converted with the deflator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discount rate (real):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social discount rate r applied to every yearly cash flow x_t: present value = Σ x_t / (1 + r)^(t − t0). ENTSO-E default: 4 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounting &amp;year (t0):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year to which present values are expressed, usually the study&apos;s reference year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operating years assessed (N):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits and OPEX are counted for N years from the commissioning year. ENTSO-E default: 25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;ENTSO-E defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2023 prices, 4 %, discounting year 2025, N = 25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also set to the guideline&apos;s defaults, to change later on the Economics page: no residual value; B/C ratio = (benefits + residual value) / (CAPEX + OPEX); the commissioning year counted in full; a deflator holding the price base year at 1.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; the scenarios&apos; default prices are in %1 €. With another price base year, add the %1 price index to the deflator before evaluating.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::NewStudyInfoPage</name>
    <message>
        <source>New study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the study. The next pages start it from the ENTSO-E CBA defaults; everything can be changed later in the editors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. TYNDP 2024 – North Sea interconnectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose, perimeter, sources of the inputs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in the window title and on the report&apos;s cover. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text printed at the start of the report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::NewStudyProjectPage</name>
    <message>
        <source>&amp;Add a first project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the project to assess. Projects can also be added later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interconnector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal reinforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short unique code, e.g. the TYNDP project number; used in file names and the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interconnector (cross-border), internal reinforcement or storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commissioning year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first year of operation: benefits and OPEX count from this year for N years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project starts with no investments and no indicator inputs: add its CAPEX, OPEX and benefits (B1–B9) per scenario and study year in the project editor before evaluating it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::NewStudyScenariosPage</name>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TYNDP scenarios to assess, with the TYNDP 2024 default carbon prices for their study years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value of lost load (VOLL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>€/MWh (%1 prices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a MWh of energy not served costs consumers; it monetises adequacy (B6 = −ΔEENS × VOLL). There is no default: enter the value your study uses. It applies to every scenario and study year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Climate year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weather year of the market studies; it gets weight 1. Add more climate years with their weights in the scenario editor (TYNDP 2024: 1995, 2008, 2009).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios and their study years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The years the scenario is modelled in, separated by commas (e.g. 2030, 2040). Benefits are interpolated linearly between study years and held constant after the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study years:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study years of %1: give whole years between 1900 and 2200, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the value of lost load (VOLL): it has no default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOLL must be a number of €/MWh greater than 0, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carbon prices the study years get: TYNDP 2024 defaults in €/t (%1 prices), interpolated between 2030, 2040 and 2050.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Societal cost of carbon low / central / high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market CO2 price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* outside 2030–2040, where the guideline gives no societal cost of carbon: the nearest year&apos;s values are used; check them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::NewStudyWizard</name>
    <message>
        <source>New Study</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::NpvByProjectChart</name>
    <message>
        <source>NPV per project and scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project has results to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project (one bar per scenario)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net present value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: NPV %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::NpvHistogramChart</name>
    <message>
        <source>Distribution of NPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples per bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a Monte Carlo analysis to see the NPV distribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P10 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P50 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P90 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution of NPV — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net present value (M€ of %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::NpvRangeChart</name>
    <message>
        <source>NPV and B/C ratio per scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit/cost ratio (–)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is not assessed in any scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net present value (NPV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV range over scenarios: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit/cost ratio (right axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario (bars: NPV, diamonds: B/C ratio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net present value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Net present value: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Benefit/cost ratio: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV range over scenarios
from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::PlotWidget</name>
    <message>
        <source>%1 (%2 of %3)</source>
        <extracomment>%1 a quantity, %2 the money unit (M€), %3 the price base year</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ProjectAdapters</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no scenario “%1” in this study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a study year of scenario %2 (study years: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs for scenario %1, year %2 are already in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With minus without the project: negative = reduction (a benefit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive = benefit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty = not assessed (not the same as 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario the values were computed in (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario %1 has inputs for each of its study years (%2) already in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A study year of the scenario; each (scenario, year) once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by hand (from an external study or tool) or computed by GridCBA&apos;s market model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin must be entered or computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the numbers come from (“PLEXOS run 2024-03”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B1 welfare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B2 ΔCO2 (t/yr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B3 avoided curtailment (MWh/yr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RES integration (B3): renewable energy no longer curtailed thanks to the project; not monetised (already in B1). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B3 RES connected (MW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RES integration (B3): renewable capacity connected thanks to the project; not monetised. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Δ%2 (t/yr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B5 Δlosses (MWh/yr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of transmission losses (B5), not monetised by GridCBA. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B5 monetised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed outside GridCBA as −Δlosses × hourly price. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B6 ΔEENS (MWh/yr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B6 ΔLOLE (h/yr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of the loss-of-load expectation (B6), not monetised. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B9 reserve avoided (MW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other benefits in NPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total of the row&apos;s other benefits that enter the NPV (read only; edit them below the table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the benefit is (“Avoided renewal of the existing 220 kV line”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of an other benefit must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In NPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the benefit enters the NPV and B/C ratio. One left out is kept in the study but appears in no result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B7 flexibility, B8.1–B8.4 stability, S1–S3 residual environmental, social and other impacts; not monetised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“--”, “-”, “0”, “+”, “++”, or a quantity with its unit (“12 km”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the project gets this score: the studies or facts behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator inputs of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: there is no scenario “%2” in this study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2 is not a study year of scenario %3 (study years: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: inputs for scenario %2, year %3 are given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other benefits of %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other benefit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualitative indicators of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexibility (B7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency stability (B8.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voltage stability (B8.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transient stability (B8.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black-start capability (B8.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual environmental impact (S1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual social impact (S2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other impacts (S3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 needs deflator indices for %2 and for the price base year %3 (Economic parameters, Deflator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must lie between the low (%2) and high (%3) values; change those first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not exceed the central value (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be below the central value (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While low and high equal the central value (no range stated), they follow it; otherwise low ≤ central ≤ high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interconnector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal reinforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifies the project in the study and in reports; unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project id must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project id “%1” is already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the project is: assets, route, purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type of project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind “%1” is not a kind of project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissioning year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First year of operation. The assessment period runs from the first CAPEX to commissioning year + operating years assessed − 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With commissioning in %1 the assessment period ends in %2, before the CAPEX of %3 in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit price year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year whose prices the money indicator inputs (B1, B5, other benefits) are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifies the investment within the project; unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text: “HVDC cable”, “400 kV OHL”, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical lifetime (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical lifetime T in years (1–200), used for the linear residual value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year whose prices this investment&apos;s CAPEX, OPEX and decommissioning cost are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Construction (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years before commissioning over which the CAPEX lump sum is spread evenly. Used only when the CAPEX phasing is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CAPEX lump sum needs at least 1 construction year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phased CAPEX, central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total central CAPEX of the investment&apos;s phasing (read only); empty when there is no phasing and the lump sum is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used only when the CAPEX phasing is empty: spread evenly over the construction years before commissioning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lump-sum CAPEX central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total CAPEX, central estimate. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CAPEX lump sum needs at least 1 construction year: set Construction (years) first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lump-sum CAPEX low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low end of the total CAPEX range. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lump-sum CAPEX high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High end of the total CAPEX range. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating cost per year of operation. Give OPEX either this way or as a share of CAPEX, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give OPEX either per year or as a share of CAPEX, not both: set OPEX (% of CAPEX per year) to 0 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPEX (% of CAPEX per year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly OPEX as a percentage of the total CAPEX (e.g. 1.5 %). Give OPEX either this way or per year, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPEX (% of CAPEX per year) must be between 0 % and 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give OPEX either per year or as a share of CAPEX, not both: set OPEX per year to 0 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommissioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommissioning cost, booked in the last year of the assessment period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year the money is spent; each year once, not after the assessment period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1 is already in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1 falls after the assessment period, which ends in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPEX spent in the year, central estimate. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central CAPEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low end of the year&apos;s CAPEX range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low CAPEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High end of the year&apos;s CAPEX range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High CAPEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A border joins two different zones, both are “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bidding zone at one end of the border (“FR00”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bidding zone at the other end (“ES00”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ΔNTC from → to (MW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of net transfer capacity from the first zone to the second, in MW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ΔNTC to → from (MW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of net transfer capacity from the second zone to the first, in MW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General data of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investments of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>investment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPEX phasing of %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borders of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: a border needs both zones (From zone, To zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: a border joins two different zones (To zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost shares of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the project&apos;s CAPEX and OPEX this country bears, 0–100 %. The shares sum to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-letter country code (“FR”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share must be between 0 % and 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country must be a two-letter code such as FR, got “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country %1 already has a share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: Country is not given yet (a two-letter code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost shares sum to %1 %, not 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is computed and cannot be edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” is already used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ProjectPage</name>
    <message>
        <source>Interconnector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal reinforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investments and CAPEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borders and cost shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualitative indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is no longer in the study. Choose a project in the list on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer capacity added per border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the project&apos;s costs each country bears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per scenario and study year, already combined over climate years. An empty cell means “not assessed”. Hover a column header for the meaning and sign of its indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators that are not monetised: B7 flexibility, B8 stability, S1–S3 residual impacts. They are reported beside the NPV, never added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · commissioning %2 · indicator inputs in € of %3 prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPEX phasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no investment yet: add one above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPEX phasing of %1 (%2 of %3 prices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phasing is used instead of the lump sum in the investments table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No phasing: the lump sum is spread evenly over the %n construction year(s) before commissioning. Add rows here to phase it yourself.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No phasing yet: add a row per year here, or give a lump sum and its construction years in the investments table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other benefits of the selected row: scenario %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results are being updated…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::RecordForm</name>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GridCBA did not close normally last time. These studies had changes that were not saved; an autosaved copy of each is kept. Restore one to continue where you left off, then save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected study with its autosaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the autosaved copy of the selected study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every autosaved copy and ask again at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(never saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the sample study)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autosaved copy could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ReportActions</name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print the CBA report of a project or of the study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the CBA report of a project or of the study as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Tables (CSV/XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every results table, with the yearly cash flows, for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (bundled sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files, one per table, in a new folder (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ReportOptionsDialog</name>
    <message numerus="yes">
        <source>The whole study (%n project(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Project %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ResultsModel</name>
    <message>
        <source>Headline benefits (in NPV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommissioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net present value (NPV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit/cost ratio (B/C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic IRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present value of B1, B2, B5, B6, B9 and other benefits; B4 is not included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of the assets left at the end of the assessment period, counted as a benefit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present value of the investment costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present value of the operation and maintenance costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present value of the decommissioning costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits in NPV plus residual value minus CAPEX, OPEX and decommissioning, all discounted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present value of benefits divided by present value of costs, as defined in the study&apos;s economic parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount rate at which the NPV is zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ratio: the present value of the costs is zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IRR: the yearly net cash flow never changes sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single IRR: the NPV is zero at several discount rates (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ResultsPanel</name>
    <message>
        <source>NPV at the ends of the uncertainty ranges (M€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be evaluated:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scenario has indicator inputs for project %1, so there is nothing to evaluate yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present values in M€ of %1 prices, discounted at %2 to %3, over the assessment period %4–%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Societal cost of carbon low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Societal cost of carbon high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPEX low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPEX high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV over scenarios: %1 to %2 M€</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B/C over scenarios: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed (no indicator inputs): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::RunActions</name>
    <message>
        <source>no scenario with indicator inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV %1 M€, B/C %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; not assessed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluate Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute NPV, B/C and IRR of every project in every scenario, and log the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened “%1” (%2): %3 scenario(s), %4 project(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Evaluating %n project(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation cancelled after %1 of %2 project(s); the results shown are those of the previous inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Evaluated %n project(s) in %1 ms</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be evaluated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::RunHistoryView</name>
    <message>
        <source>Re-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a run to re-open its stored results, two to compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the stored definition again (same seed) and check that the numbers are identical; the history is not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected runs from the study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison of the two selected runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sensitivity run is stored for this project yet. Runs of the Sweep and Monte Carlo tabs are added here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a run to re-open its stored results, or two to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one run to see it or two to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored results of “%1” (%2, run on %3), read from the study.</source>
        <extracomment>%1 run name, %2 software version, %3 date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind of run &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored results of “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs cannot be compared: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::SCurveChart</name>
    <message>
        <source>S-curve of NPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability that NPV ≤ x (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a Monte Carlo analysis to see the S-curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x = net present value (M€ of %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ScenarioEditing</name>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ScenarioInfoAdapter</name>
    <message>
        <source>Scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short unique code of the scenario (&quot;NT&quot;). The projects&apos; indicator inputs refer to it: renaming it renames them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario&apos;s name in tables, charts and the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the scenario assumes (storyline, source).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of the prices of this scenario&apos;s money values (CO2 prices, SCC, VOLL, reserve cost, damage costs, fuel prices); they are converted to the price base year with the deflator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id “%1” is already used by another scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::ScenarioPage</name>
    <message>
        <source>Parameters that value the indicators in each study year, in euros of the scenario&apos;s price year. Between study years they are interpolated linearly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weather years simulated by the market studies and their weights, which sum to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Climate years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage cost per tonne of each pollutant of B4 (€/t) per study year. An empty cell: the pollutant is not monetised. The rows follow the study years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel prices per study year for the market model (€/MWh of fuel), sorted by fuel. The evaluation does not use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scenario no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No study is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::SensitivityActions</name>
    <message>
        <source>Sweep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to Sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one input to sweep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sweep could not be run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2 inputs in %3 scenarios, %4 evaluations in %5 ms. Stored in the run history.</source>
        <extracomment>%1 run name, %2 inputs, %3 scenarios, %4 evaluations, %5 milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one input to sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling %1 draws of the project&apos;s NPV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Monte Carlo analysis could not be run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2 samples of %3 inputs (seed %4) in %5 s. Stored in the run history.</source>
        <extracomment>%1 run name, %2 samples, %3 inputs, %4 seed, %5 seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 draws were moved into their input&apos;s valid domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the run “%1” from the study?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the %1 selected runs from the study?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their stored results are removed; the change is kept when the study is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 run(s) deleted from the study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be re-run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run of “%1”: identical numbers to the stored results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run of “%1”: the numbers differ from the stored results (the study&apos;s inputs or the software changed since it was run).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::SensitivityPage</name>
    <message>
        <source>Sweep definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-at-a-time sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move one input at a time over its range: tornado, switching values and commissioning year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the inputs from distributions: P10/P50/P90 of NPV and the probability that NPV &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs stored in the study: re-open, compare, re-run or delete them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sweep run yet in this session. Stored runs are in the Run history tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Monte Carlo analysis run yet in this session. Stored runs are in the Run history tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::SettingsDialog</name>
    <message>
        <source>euros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thousand euros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>million euros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>The number format of the desktop&apos;s language settings.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: %1 and %2 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::StudyDocument</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store analysis “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete analysis “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename analysis to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::StudyInfoAdapter</name>
    <message>
        <source>Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study&apos;s name, shown in the title bar and on the report&apos;s cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the study assesses and for whom; printed in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study has a single record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::StudyNavigator</name>
    <message>
        <source>Economic parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the study, price base year, discount rate, assessment period and deflator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts of the results: benefits against costs, NPV and B/C per scenario, cash flows, cost bearers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): study years and their parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::StudyTableModel</name>
    <message>
        <source>Edit %1 in %2</source>
        <extracomment>%1 column header, %2 table title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n rows from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>row %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste into %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::StudyYearsAdapter</name>
    <message>
        <source>Study years of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Societal cost of carbon, %1 level, valuing B2 beyond the market CO2 price; low ≤ central ≤ high. TYNDP 2024: 126 / 238 / 315 €/t in 2030, 339 / 628 / 662 €/t in 2040.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year the market studies simulate. Benefits are interpolated linearly between study years and held after the last. Changing a year moves the projects&apos; indicator inputs for it along.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market CO2 price (€/t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CO2 price paid inside the market model (EU ETS), already part of B1; B2 counts only the societal cost above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCC low (€/t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCC central (€/t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>central (the headline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCC high (€/t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOLL (€/MWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of lost load, valuing the change of energy not served (B6). There is no default: the study sets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve cost (€/MW/yr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual cost of holding reserve, valuing the reserve avoided (B9); 0 means B9 is not monetised in this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a study year of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study years are kept in ascending order: %1 would come before %2 (row %3). Change that year first, or add a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study years are kept in ascending order: %1 would come after %2 (row %3). Change that year first, or add a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>study years must be strictly ascending: %1 follows %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scenario needs at least one study year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SCC must satisfy low ≤ central ≤ high, it is %1 / %2 / %3 €/t in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 has indicator inputs for %2, which is not a study year of this scenario: change them on the project&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 has indicator inputs for %2, which are not study years of this scenario: change them on the project&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::SweepDefinitionPanel</name>
    <message>
        <source>Run Sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points of each sweep curve, both ends of the range included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>± </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NPV is traced for commissioning up to this many years earlier and later than in the study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the run (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run is stored in the study&apos;s run history under this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep the checked inputs one at a time and store the run in the study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissioning year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::SweepInputsModel</name>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the unit of the row; fractions such as the discount rate in %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::SweepResultsView</name>
    <message>
        <source>Input (unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV = 0 at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B/C = 1 at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none in [%1, %2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV (M€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B/C ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario whose tornado and switching values are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars show the net present value with each input at its ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars show the benefit/cost ratio with each input at its ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching values: the value of one input at which the NPV becomes zero or the B/C ratio one, all other inputs at the study&apos;s values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tornado of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sweep has been run for this project yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a sweep to see which inputs move the result most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a sweep to see the value of timing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV tornado — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B/C tornado — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::TornadoChart</name>
    <message>
        <source>Tornado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a sweep to see which inputs move the result most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The B/C ratio is not defined in this scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input at the low end of its range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input at the high end of its range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base NPV: %1 M€</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base B/C: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net present value (M€ of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit/cost ratio (–)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::WelcomePage</name>
    <message>
        <source>No study is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a study file (.gridcba) or a study in the JSON exchange format, or look around in the bundled sample study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Sample Study</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::editing</name>
    <message>
        <source>%1 must be between %2 and %3</source>
        <extracomment>%1 field name (&quot;Year&quot;, &quot;Price base year&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: prices of %2 need price indices for %2 and for the price base year %3 in the deflator (Economic parameters page); add them first</source>
        <extracomment>%1 field, %2 price year, %3 price base year</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gridcba::ui::format</name>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage; %1 is the number already formatted for the locale.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cost-benefit analysis of electricity grid projects (ENTSO-E CBA guideline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A study file (.gridcba) or JSON study to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
