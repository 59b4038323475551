-- q= finds what it is given as a substring of an event's title, summary or notes, ignoring case
-- (EventSpecifications: lower(column) like '%...%'). Without an index that reads every event. A trigram
-- index answers the same question from the three-letter sequences of what is asked, so the semantics stay
-- exactly those of the embedded database, where the dataset is small enough to read whole.
-- PostgreSQL only (spring.flyway.locations in application-postgres.yml); pg_trgm is a trusted extension,
-- so the owner of the database may create it.
create extension if not exists pg_trgm;

create index event_title_trgm_ix on event using gin (lower(title) gin_trgm_ops);
create index event_summary_trgm_ix on event using gin (lower(summary) gin_trgm_ops);
create index event_notes_trgm_ix on event using gin (lower(notes) gin_trgm_ops);
