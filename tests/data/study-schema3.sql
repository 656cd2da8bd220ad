-- A study file as schema version 3 wrote it, before study files carried a content checksum
-- (meta.content_sha256): the worked example of methodology.md §3 with a CAPEX range of
-- -10 %/+25 %, one stored sensitivity run, and values in every other table (deflator, damage
-- costs, fuel prices, a border, cost shares, indicator inputs beyond B1, another benefit kept
-- out of the NPV, qualitative indicators) that leave its NPV at 804.6750 M€. Made with
-- gridcba-cli import-json and sweep --save, then `sqlite3 FILE .dump`. Loaded by
-- tst_studyfile to test the migration; study-schema3.json is what it must read as.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO meta VALUES('schema_version','3');
INSERT INTO meta VALUES('application','GridCBA');
INSERT INTO meta VALUES('saved_with','0.1.0');
CREATE TABLE study(
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL, description TEXT NOT NULL,
  price_base_year INTEGER NOT NULL, discount_rate REAL NOT NULL,
  discounting_year INTEGER NOT NULL, operating_years INTEGER NOT NULL,
  residual_value TEXT NOT NULL, bc_ratio TEXT NOT NULL, first_year_fraction REAL NOT NULL);
INSERT INTO study VALUES(1,'Schema 3 fixture','A study as schema version 3 stored it (run history), before study files carried a content checksum.',2023,0.040000000000000000832,2025,25,'none','benefitsOverCosts',1.0);
CREATE TABLE deflator(year INTEGER PRIMARY KEY, price_index REAL NOT NULL);
INSERT INTO deflator VALUES(2022,0.94299999999999994937);
INSERT INTO deflator VALUES(2023,1.0);
CREATE TABLE scenario(
  id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,
  description TEXT NOT NULL, price_year INTEGER NOT NULL);
INSERT INTO scenario VALUES('NT',0,'National Trends','TYNDP 2024 National Trends',2023);
CREATE TABLE climate_year(
  scenario_id TEXT NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, year INTEGER NOT NULL, weight REAL NOT NULL,
  PRIMARY KEY (scenario_id, year));
INSERT INTO climate_year VALUES('NT',0,2009,1.0);
CREATE TABLE study_year(
  scenario_id TEXT NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
  year INTEGER NOT NULL, market_co2_price REAL NOT NULL, scc_low REAL NOT NULL,
  scc_central REAL NOT NULL, scc_high REAL NOT NULL, voll REAL NOT NULL,
  reserve_cost REAL NOT NULL, PRIMARY KEY (scenario_id, year));
INSERT INTO study_year VALUES('NT',2030,113.40000000000000568,126.0,238.0,315.0,10000.0,30000.0);
INSERT INTO study_year VALUES('NT',2040,147.0,339.0,628.0,662.0,10000.0,0.0);
CREATE TABLE damage_cost(
  scenario_id TEXT NOT NULL, year INTEGER NOT NULL, pollutant TEXT NOT NULL,
  eur_per_t REAL NOT NULL, PRIMARY KEY (scenario_id, year, pollutant),
  FOREIGN KEY (scenario_id, year) REFERENCES study_year(scenario_id, year) ON DELETE CASCADE);
INSERT INTO damage_cost VALUES('NT',2030,'nox',19700.0);
INSERT INTO damage_cost VALUES('NT',2030,'sox',24200.0);
CREATE TABLE fuel_price(
  scenario_id TEXT NOT NULL, year INTEGER NOT NULL, fuel TEXT NOT NULL,
  eur_per_mwh REAL NOT NULL, PRIMARY KEY (scenario_id, year, fuel),
  FOREIGN KEY (scenario_id, year) REFERENCES study_year(scenario_id, year) ON DELETE CASCADE);
INSERT INTO fuel_price VALUES('NT',2030,'gas',30.499999999999999999);
INSERT INTO fuel_price VALUES('NT',2030,'hardCoal',9.4000000000000003552);
CREATE TABLE project(
  id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,
  description TEXT NOT NULL, kind TEXT NOT NULL, commissioning_year INTEGER NOT NULL,
  benefit_price_year INTEGER NOT NULL);
INSERT INTO project VALUES('X1',0,'Worked example','methodology.md §3','interconnector',2030,2023);
CREATE TABLE investment(
  project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
  id TEXT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL, asset_type TEXT NOT NULL,
  lifetime_years INTEGER NOT NULL, price_year INTEGER NOT NULL,
  lump_central_eur REAL NOT NULL, construction_years INTEGER NOT NULL,
  opex_eur_per_year REAL NOT NULL, opex_share_of_capex REAL NOT NULL,
  decommissioning_eur REAL NOT NULL, lump_low_eur REAL, lump_high_eur REAL, PRIMARY KEY (project_id, id));
INSERT INTO investment VALUES('X1','X1.1',0,'Line','400 kV OHL',40,2023,0.0,0,15000000.0,0.0,0.0,0.0,0.0);
CREATE TABLE capex(
  project_id TEXT NOT NULL, investment_id TEXT NOT NULL, position INTEGER NOT NULL,
  year INTEGER NOT NULL, central_eur REAL NOT NULL, low_eur REAL, high_eur REAL,
  PRIMARY KEY (project_id, investment_id, year),
  FOREIGN KEY (project_id, investment_id) REFERENCES investment(project_id, id) ON DELETE CASCADE);
INSERT INTO capex VALUES('X1','X1.1',0,2027,300000000.0,270000000.0,375000000.0);
INSERT INTO capex VALUES('X1','X1.1',1,2028,400000000.0,360000000.0,500000000.0);
INSERT INTO capex VALUES('X1','X1.1',2,2029,300000000.0,270000000.0,375000000.0);
CREATE TABLE border_change(
  project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, from_zone TEXT NOT NULL, to_zone TEXT NOT NULL,
  forward_mw REAL NOT NULL, backward_mw REAL NOT NULL, PRIMARY KEY (project_id, position));
INSERT INTO border_change VALUES('X1',0,'FR00','ES00',2000.0,1800.0);
CREATE TABLE cost_share(
  project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
  country TEXT NOT NULL, share REAL NOT NULL, PRIMARY KEY (project_id, country));
INSERT INTO cost_share VALUES('X1','ES',0.4500000000000000111);
INSERT INTO cost_share VALUES('X1','FR',0.5500000000000000444);
CREATE TABLE indicator_input(
  project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, scenario_id TEXT NOT NULL, year INTEGER NOT NULL,
  origin TEXT NOT NULL, source TEXT NOT NULL,
  b1_eur REAL, b2_co2_t REAL, b3_curtailment_mwh REAL, b3_res_connected_mw REAL,
  b5_loss_mwh REAL, b5_eur REAL, b6_eens_mwh REAL, b6_lole_hours REAL, b9_reserve_mw REAL,
  PRIMARY KEY (project_id, scenario_id, year));
INSERT INTO indicator_input VALUES('X1',0,'NT',2030,'entered','Network study 2024-03, case B',100000000.0,NULL,250000.0,NULL,-18000.499999999999999,NULL,NULL,-0.25,NULL);
INSERT INTO indicator_input VALUES('X1',1,'NT',2040,'computed','Market study 2024',160000000.0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
CREATE TABLE input_pollutant(
  project_id TEXT NOT NULL, scenario_id TEXT NOT NULL, year INTEGER NOT NULL,
  pollutant TEXT NOT NULL, tonnes REAL NOT NULL,
  PRIMARY KEY (project_id, scenario_id, year, pollutant),
  FOREIGN KEY (project_id, scenario_id, year)
    REFERENCES indicator_input(project_id, scenario_id, year) ON DELETE CASCADE);
CREATE TABLE other_benefit(
  project_id TEXT NOT NULL, scenario_id TEXT NOT NULL, year INTEGER NOT NULL,
  position INTEGER NOT NULL, name TEXT NOT NULL, eur_per_year REAL NOT NULL,
  in_npv INTEGER NOT NULL, PRIMARY KEY (project_id, scenario_id, year, position),
  FOREIGN KEY (project_id, scenario_id, year)
    REFERENCES indicator_input(project_id, scenario_id, year) ON DELETE CASCADE);
INSERT INTO other_benefit VALUES('X1','NT',2030,0,'Avoided renewal of the 220 kV line',2000000.0,0);
CREATE TABLE qualitative(
  project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, indicator_id TEXT NOT NULL, score TEXT NOT NULL,
  justification TEXT NOT NULL, PRIMARY KEY (project_id, position));
INSERT INTO qualitative VALUES('X1',0,'B7','n/a','Flexibility KPI reported only.');
INSERT INTO qualitative VALUES('X1',1,'S1','12 km','Crosses a Natura 2000 site near the landfall.');
CREATE TABLE analysis_run(
  id INTEGER PRIMARY KEY, kind TEXT NOT NULL, project_id TEXT NOT NULL, name TEXT NOT NULL,
  created_utc TEXT NOT NULL, software_version TEXT NOT NULL,
  definition_json TEXT NOT NULL, results_json TEXT NOT NULL);
INSERT INTO analysis_run VALUES(1,'sweep','X1','Discount-rate sweep','2024-06-07T10:15:00Z','GridCBA 0.1.0','{"commissioningYears":1,"inputs":[{"high":0.05,"key":"discountRate","low":0.03}],"points":3,"projectId":"X1"}','{"evaluations":424,"projectId":"X1","scenarios":[{"baseBcRatio":1.7384277447176313,"baseNpvEur":804675018.7754587,"inputs":[{"atHigh":{"bcRatio":1.5700391610980746,"npvEur":591918102.9128115,"value":0.05},"atLow":{"bcRatio":1.9296999322179942,"npvEur":1066785947.7621323,"value":0.03},"base":0.04,"bcOne":{"found":true,"searchHigh":0.5,"searchLow":-0.05,"value":0.09828075881938164},"curve":[{"bcRatio":1.9296999322179942,"npvEur":1066785947.7621323,"value":0.03},{"bcRatio":1.7384277447176313,"npvEur":804675018.7754587,"value":0.04},{"bcRatio":1.5700391610980746,"npvEur":591918102.9128115,"value":0.05}],"key":"discountRate","npvZero":{"found":true,"searchHigh":0.5,"searchLow":-0.05,"value":0.09828075881938161}}],"npvByCommissioningYear":[{"npvEur":795262653.295289,"year":2029},{"npvEur":804675018.7754587,"year":2030},{"npvEur":813725370.1986986,"year":2031}],"scenarioId":"NT"}]}');
COMMIT;
