// Every target in linker form (the API relinks from the store).
MATCH (t:Target)
RETURN t.id AS id, t.provisionId AS provisionId, t.text AS text, t.metric AS metric,
  t.value AS value, t.unit AS unit, t.comparator AS comparator, t.period AS period,
  t.deadline AS deadline, t.spanField AS spanField, t.spanStart AS spanStart, t.spanEnd AS spanEnd
ORDER BY id
