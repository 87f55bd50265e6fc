-- The nightly scoring run writes its pages with hash and merge joins turned off for its own
-- statements (each page's rows are found in the score table by key). A trigger runs with the
-- settings of the statement that fires it, so the worklist's score trigger planned its joins over
-- each page's transition table as nested loops too: quadratic in the rows written (the first run
-- over 437,749 accounts took 110 s instead of 18 s). The trigger plans with every join method.
alter function worklist_signals_from_scores() set enable_hashjoin = on;
alter function worklist_signals_from_scores() set enable_mergejoin = on;
