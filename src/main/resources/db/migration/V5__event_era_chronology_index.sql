-- A page of one era's events, in chronological order, read straight from the index without sorting:
-- filtered, paged queries stay flat however many events there are.
drop index event_era_ix;
create index event_era_chronology_ix on event (era_id, start_on, slug);
