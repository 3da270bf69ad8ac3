-- The passage of an article's text that a citation rests on, as the analyst chose it, and where it stood in the text
-- then. A passage whose text has since been edited away is flagged where it is shown.
create table cited_passage (
    id            bigint generated always as identity primary key,
    source_id     bigint      not null references source (id) on delete cascade,
    cited_by_type varchar(20) not null check (cited_by_type in ('MEETING', 'STATEMENT', 'AGREEMENT')),
    cited_by_id   bigint      not null,
    passage       text        not null check (btrim(passage) <> '' and char_length(passage) <= 2000),
    found_at      integer     not null check (found_at >= 0),
    created_by    varchar(60) not null,
    created_at    timestamptz not null default now()
);
create index cited_passage_source_idx on cited_passage (source_id);
create index cited_passage_cited_by_idx on cited_passage (cited_by_type, cited_by_id);
