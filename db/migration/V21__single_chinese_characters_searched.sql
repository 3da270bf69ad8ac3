-- A Chinese reader often searches by one character, a surname above all: 王 for 王毅. Texts are indexed by pairs of
-- characters (cjk_bigrams, V4), so a character typed alone matched only where it stood alone. In a query it now
-- matches the pairs that begin with it, wherever it stands among the other words typed (AND, OR and NOT are kept).
create function cjk_single_characters_as_prefixes(searched tsquery, words text) returns tsquery
    language plpgsql immutable parallel safe
as $$
declare
    single text;
begin
    for single in
        select distinct piece[1] from regexp_matches(coalesce(words, ''), '[\u3400-\u9fff\uf900-\ufaff]+', 'g') as piece
        where length(piece[1]) = 1
    loop
        searched := ts_rewrite(searched, to_tsquery('simple', single), to_tsquery('simple', single || ':*'));
    end loop;
    return searched;
end
$$;
