-- Failed curator logins, kept where every instance sees them, so that a lockout holds across instances
-- behind a load balancer and across restarts. One row per curator account at most: guesses at unknown
-- usernames are never recorded.
create table login_failure (
    username       varchar(100) not null,
    failures       integer not null,
    last_failed_at timestamp with time zone not null,
    constraint login_failure_pk primary key (username)
);
