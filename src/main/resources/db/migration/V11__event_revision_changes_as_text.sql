-- A revision's changes are a JSON document whose length depends on the fields a curator changed, not a
-- string with an arbitrary bound: text, unlimited on PostgreSQL and the longest character string on H2.
alter table event_revision alter column changes type text;
