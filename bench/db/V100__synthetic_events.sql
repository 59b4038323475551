-- 100,000 synthetic events for bench/run.sh's growth runs, never part of the service's data: Flyway reads
-- this directory only when bench/run.sh adds it to spring.flyway.locations. PostgreSQL SQL: growth is
-- measured on the production database.
-- Each event falls on a day of 1949-10-01 .. 1991-12-25, with two actors, one grievance and one source,
-- so that a page of them costs what a page of real events costs.

insert into event (slug, title, summary, start_on, start_precision, last_day, era_id, event_type, impact,
        location_name, latitude, longitude)
select 'synthetic-' || n, 'Synthetic event ' || n,
       'A generated event for measuring how the service grows with its data.',
       date '1949-10-01' + (n * 7919 % 15425), 'day', date '1949-10-01' + (n * 7919 % 15425),
       (select e.id from era e where e.start_on <= date '1949-10-01' + (n * 7919 % 15425)
        order by e.sequence_no desc limit 1),
       'diplomacy', n % 5 - 2, 'Moscow', 55.752, 37.6175
from generate_series(1, 100000) as g(n);

insert into event_actor (event_id, actor_id, sequence_no, actor_role)
select e.id, a.id, 0, 'leader' from event e, actor a where e.slug like 'synthetic-%' and a.slug = 'mao-zedong';
insert into event_actor (event_id, actor_id, sequence_no, actor_role)
select e.id, (select a.id from actor a where a.slug <> 'mao-zedong' order by a.id offset e.id % 40 limit 1), 1,
       'participant'
from event e where e.slug like 'synthetic-%';
insert into event_grievance (event_id, grievance_id)
select e.id, (select g.id from grievance g order by g.id offset e.id % 19 limit 1)
from event e where e.slug like 'synthetic-%';
insert into event_source (event_id, document_id, sequence_no, section)
select e.id, (select d.id from source_document d order by d.id offset e.id % 2 limit 1), 0, 'Synthetic'
from event e where e.slug like 'synthetic-%';

analyze;
