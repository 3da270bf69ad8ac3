-- An official is found by any name the press gives them: "Tony Blinken" finds Antony J. Blinken (aliases, V18).
drop index official_search_idx;
alter table official drop column search_document;
alter table official add column search_document tsvector generated always as
    (to_tsvector('simple', cjk_bigrams(full_name || ' ' || coalesce(native_name, '') || ' ' || coalesce(aliases, ''))))
    stored;
create index official_search_idx on official using gin (search_document);
