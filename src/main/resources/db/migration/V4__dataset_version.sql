-- One number that every write increments in its own transaction. Each instance of the service compares
-- it with the version its response cache was built from, so that a write through any instance empties
-- the caches of all of them.
create table dataset_version (
    id      integer primary key,
    version bigint  not null
);

insert into dataset_version (id, version) values (1, 0);
