-- The reference schema of examples/ats. Every statement can run again (a restart keeps the data).
-- Times are timestamptz; what the library returns as ISO 8601 text goes in as it is.

-- A job, and whether it is closed (no application is taken after that; everyone was answered).
create table if not exists jobs (
  id           text primary key,
  closed_at    timestamptz,
  close_reason text check (close_reason in ('filled', 'closed'))
);

-- Criteria as published: every version kept (a result names the hash it was decided with, and an
-- audit re-runs it), exactly one active per job (the partial unique index says so to the database).
create table if not exists criteria_versions (
  job_id         text not null references jobs,
  hash           text not null,        -- screener.hash: SHA-256 of the canonical criteria
  version        text not null,        -- the file's own `version`
  source         text not null,        -- the file as published: it compiles to `hash` again
  engine_version text not null,        -- the autoscreen version that published it (upgrade check)
  published_at   timestamptz not null,
  active         boolean not null default false,
  primary key (job_id, hash)
);
create unique index if not exists criteria_one_active_per_job on criteria_versions (job_id) where active;

-- An application as received. It is identified by its job and its id (the ATS's or the job
-- board's), as applicationHash is: the same id under two jobs is two applications. (job_id, id)
-- is the idempotency key, and every table below names an application by both.
create table if not exists applications (
  job_id       text not null references jobs,
  id           text not null,
  request_hash text not null,          -- SHA-256 of the canonical request: same id, other hash = conflict
  body         json not null,          -- what was posted, to re-screen and to re-check the audit record
  email        text not null,          -- where the candidate's messages go (rules never see it)
  received_at  timestamptz not null,
  primary key (job_id, id)
);

-- Results, oldest first per application. `json`, not `jsonb`: jsonb re-orders keys and drops
-- white space, so the text read back would no longer be what the library wrote, and a re-run
-- could not be compared byte for byte. A person's decision or a re-screen adds a row and
-- supersedes the one before: nothing is overwritten.
create table if not exists results (
  id             bigserial primary key,
  job_id         text not null,
  application_id text not null,
  criteria_hash  text not null,
  why            text not null check (why in ('screened', 'decision', 'rescreened')),
  result         json not null,
  created_at     timestamptz not null,
  superseded_at  timestamptz,
  foreign key (job_id, application_id) references applications (job_id, id)
);
create unique index if not exists results_one_current on results (job_id, application_id) where superseded_at is null;

-- A person's work (reviewTask): what to check, by when, and when to be reminded.
create table if not exists review_tasks (
  job_id         text not null,
  application_id text not null,
  checks         json not null,        -- per open criterion: the answers that would decide it, and the note
  due_at         timestamptz not null, -- dueAt: the date the acknowledgement promised the candidate
  remind_at      timestamptz not null, -- remindAt: in working time, never in the past
  reminder_job   uuid,                 -- the queued job that reminds the recruiter
  reminded_at    timestamptz,
  closed_at      timestamptz,
  closed_why     text,
  primary key (job_id, application_id),
  foreign key (job_id, application_id) references applications (job_id, id)
);

-- Every candidate message, planned or sent. A queued job sends it at send_at; a message that is no
-- longer right (a person decided, the criteria changed, the job closed) is cancelled, never deleted.
create table if not exists outbox (
  id             bigserial primary key,
  job_id         text not null,
  application_id text not null,
  stage          text not null,
  email          json not null,        -- toEmail(…): from, to, replyTo, subject, text, html, headers
  send_at        timestamptz not null, -- plan.sendAt
  send_job       uuid,                 -- the queued job that sends it
  state          text not null default 'planned' check (state in ('planned', 'sent', 'cancelled')),
  sent_at        timestamptz,
  cancelled_why  text,
  foreign key (job_id, application_id) references applications (job_id, id)
);
create index if not exists outbox_by_application on outbox (job_id, application_id);

-- What candidates answered to "how was it to apply?" (the survey link in the messages). The
-- later answer counts, as in the report.
create table if not exists survey_answers (
  job_id         text not null,
  application_id text not null,
  score          int not null check (score between 0 and 10),
  comment        text,
  stage          text,
  answered_at    timestamptz not null,
  primary key (job_id, application_id),
  foreign key (job_id, application_id) references applications (job_id, id)
);
