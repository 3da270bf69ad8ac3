-- An article's text on record (up to 1 MB), apart from the source row so that lists and citations never load it (the
-- row keeps its SHA-256, so that a change of text is a change of the source, with its version);
-- and the key a source's address is compared by (the application's WebAddress: scheme and host case, "www.",
-- trailing slash, fragment and tracking parameters do not make a new source). Older rows get their key from the
-- application when it starts.
create table source_text (
    source_id bigint primary key references source (id) on delete cascade,
    text      text   not null check (octet_length(text) between 1 and 1048576)
);
alter table source add column url_key varchar(2000);
create index source_url_key_idx on source (url_key);
-- Plain addresses (lower-case host, no query or fragment) get their key here, as the application would make it.
update source set url_key = regexp_replace(regexp_replace(url, '^https?://(www\.)?', ''), '/+$', '')
where url ~ '^https?://[a-z0-9.-]+(:[0-9]+)?(/[^?#]*)?$';
alter table source add column text_digest varchar(64);

-- Articles are searched with the rest of the record: their headlines and their texts, English by stem, Chinese by
-- pairs of characters (search_document, V4).
alter table source add column search_document tsvector generated always as (search_document(label)) stored;
create index source_search_idx on source using gin (search_document);
alter table source_text add column search_document tsvector generated always as (search_document(text)) stored;
create index source_text_search_idx on source_text using gin (search_document);

-- Each text filed under the keys of its MinHash bands (see ArticleFingerprint): texts that share a key are candidate
-- copies or editions of each other, found without comparing a new text with every stored one.
create table source_band (
    source_id bigint not null references source (id) on delete cascade,
    band_key  bigint not null,
    primary key (source_id, band_key)
);
create index source_band_key_idx on source_band (band_key);

-- An analyst's verdict that two sources Readout found alike are independent reports: the pair is no longer proposed
-- as a copy. Stored once per pair, the lower id first.
create table source_independence (
    source_id bigint not null references source (id) on delete cascade,
    other_id  bigint not null references source (id) on delete cascade,
    primary key (source_id, other_id),
    check (source_id < other_id)
);

-- A source that tells another's story is a copy (syndicated, reworded) or another edition of the same outlet's story;
-- either way it counts as the original. The copies on record so far are copies (A3 is a reworded copy).
alter table source add column copy_kind varchar(8) check (copy_kind in ('COPY', 'EDITION'));
update source set copy_kind = 'COPY' where copy_of_id is not null;
alter table source add constraint source_copy_has_kind check ((copy_of_id is null) = (copy_kind is null));
