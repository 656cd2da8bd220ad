-- A study file as schema version 2 wrote it: the worked example of methodology.md §3 with a
-- CAPEX range of -10 %/+25 % (no run history). Loaded by tst_studyfile to test the migration.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE border_change(
  project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, from_zone TEXT NOT NULL, to_zone TEXT NOT NULL,
  forward_mw REAL NOT NULL, backward_mw REAL NOT NULL, PRIMARY KEY (project_id, position));
CREATE TABLE capex(
  project_id TEXT NOT NULL, investment_id TEXT NOT NULL, position INTEGER NOT NULL,
  year INTEGER NOT NULL, central_eur REAL NOT NULL, low_eur REAL, high_eur REAL,
  PRIMARY KEY (project_id, investment_id, year),
  FOREIGN KEY (project_id, investment_id) REFERENCES investment(project_id, id) ON DELETE CASCADE);
INSERT INTO "capex" VALUES('X1','X1.1',0,2027,300000000.0,270000000.0,375000000.0);
INSERT INTO "capex" VALUES('X1','X1.1',1,2028,400000000.0,360000000.0,500000000.0);
INSERT INTO "capex" VALUES('X1','X1.1',2,2029,300000000.0,270000000.0,375000000.0);
CREATE TABLE climate_year(
  scenario_id TEXT NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, year INTEGER NOT NULL, weight REAL NOT NULL,
  PRIMARY KEY (scenario_id, year));
INSERT INTO "climate_year" VALUES('NT',0,2009,1.0);
CREATE TABLE cost_share(
  project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
  country TEXT NOT NULL, share REAL NOT NULL, PRIMARY KEY (project_id, country));
CREATE TABLE damage_cost(
  scenario_id TEXT NOT NULL, year INTEGER NOT NULL, pollutant TEXT NOT NULL,
  eur_per_t REAL NOT NULL, PRIMARY KEY (scenario_id, year, pollutant),
  FOREIGN KEY (scenario_id, year) REFERENCES study_year(scenario_id, year) ON DELETE CASCADE);
CREATE TABLE deflator(year INTEGER PRIMARY KEY, price_index REAL NOT NULL);
CREATE TABLE fuel_price(
  scenario_id TEXT NOT NULL, year INTEGER NOT NULL, fuel TEXT NOT NULL,
  eur_per_mwh REAL NOT NULL, PRIMARY KEY (scenario_id, year, fuel),
  FOREIGN KEY (scenario_id, year) REFERENCES study_year(scenario_id, year) ON DELETE CASCADE);
CREATE TABLE indicator_input(
  project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, scenario_id TEXT NOT NULL, year INTEGER NOT NULL,
  origin TEXT NOT NULL, source TEXT NOT NULL,
  b1_eur REAL, b2_co2_t REAL, b3_curtailment_mwh REAL, b3_res_connected_mw REAL,
  b5_loss_mwh REAL, b5_eur REAL, b6_eens_mwh REAL, b6_lole_hours REAL, b9_reserve_mw REAL,
  PRIMARY KEY (project_id, scenario_id, year));
INSERT INTO "indicator_input" VALUES('X1',0,'NT',2030,'entered','',100000000.0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "indicator_input" VALUES('X1',1,'NT',2040,'entered','',160000000.0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
CREATE TABLE input_pollutant(
  project_id TEXT NOT NULL, scenario_id TEXT NOT NULL, year INTEGER NOT NULL,
  pollutant TEXT NOT NULL, tonnes REAL NOT NULL,
  PRIMARY KEY (project_id, scenario_id, year, pollutant),
  FOREIGN KEY (project_id, scenario_id, year)
    REFERENCES indicator_input(project_id, scenario_id, year) ON DELETE CASCADE);
CREATE TABLE investment(
  project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
  id TEXT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL, asset_type TEXT NOT NULL,
  lifetime_years INTEGER NOT NULL, price_year INTEGER NOT NULL,
  lump_central_eur REAL NOT NULL, construction_years INTEGER NOT NULL,
  opex_eur_per_year REAL NOT NULL, opex_share_of_capex REAL NOT NULL,
  decommissioning_eur REAL NOT NULL, lump_low_eur REAL, lump_high_eur REAL, PRIMARY KEY (project_id, id));
INSERT INTO "investment" VALUES('X1','X1.1',0,'Line','400 kV OHL',40,2023,0.0,0,15000000.0,0.0,0.0,0.0,0.0);
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO "meta" VALUES('schema_version','2');
INSERT INTO "meta" VALUES('application','GridCBA');
CREATE TABLE other_benefit(
  project_id TEXT NOT NULL, scenario_id TEXT NOT NULL, year INTEGER NOT NULL,
  position INTEGER NOT NULL, name TEXT NOT NULL, eur_per_year REAL NOT NULL,
  in_npv INTEGER NOT NULL, PRIMARY KEY (project_id, scenario_id, year, position),
  FOREIGN KEY (project_id, scenario_id, year)
    REFERENCES indicator_input(project_id, scenario_id, year) ON DELETE CASCADE);
CREATE TABLE project(
  id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,
  description TEXT NOT NULL, kind TEXT NOT NULL, commissioning_year INTEGER NOT NULL,
  benefit_price_year INTEGER NOT NULL);
INSERT INTO "project" VALUES('X1',0,'Worked example','methodology.md §3','interconnector',2030,2023);
CREATE TABLE qualitative(
  project_id TEXT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, indicator_id TEXT NOT NULL, score TEXT NOT NULL,
  justification TEXT NOT NULL, PRIMARY KEY (project_id, position));
CREATE TABLE scenario(
  id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,
  description TEXT NOT NULL, price_year INTEGER NOT NULL);
INSERT INTO "scenario" VALUES('NT',0,'National Trends','',2023);
CREATE TABLE study(
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL, description TEXT NOT NULL,
  price_base_year INTEGER NOT NULL, discount_rate REAL NOT NULL,
  discounting_year INTEGER NOT NULL, operating_years INTEGER NOT NULL,
  residual_value TEXT NOT NULL, bc_ratio TEXT NOT NULL, first_year_fraction REAL NOT NULL);
INSERT INTO "study" VALUES(1,'Schema 1 fixture','A study as schema version 2 stored it (CAPEX with range, no run history).',2023,0.04,2025,25,'none','benefitsOverCosts',1.0);
CREATE TABLE study_year(
  scenario_id TEXT NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
  year INTEGER NOT NULL, market_co2_price REAL NOT NULL, scc_low REAL NOT NULL,
  scc_central REAL NOT NULL, scc_high REAL NOT NULL, voll REAL NOT NULL,
  reserve_cost REAL NOT NULL, PRIMARY KEY (scenario_id, year));
INSERT INTO "study_year" VALUES('NT',2030,113.4,126.0,238.0,315.0,10000.0,0.0);
INSERT INTO "study_year" VALUES('NT',2040,147.0,339.0,628.0,662.0,10000.0,0.0);
COMMIT;
