-- Synthetic data at the reference case's proportions (5 items per account, one
-- objector in five accounts), made by DuckDB itself so that 50M items take seconds, not hours.
-- ${ITEMS}, ${ACCOUNTS}, ${OBJECTIONS} and ${OUT} are filled in by run.js.
set TimeZone = 'UTC';
copy (
  select printf('a%09d', i) as id,
    ['facebook', 'instagram', 'threads'][(1 + i % 3)::int] as network,
    printf('p%09d@example.com', i // 2) as email,
    case when hash(i, 1) % 100 < 3 then null
         when hash(i, 1) % 100 < 8 then strftime(date '2009-01-01' + (hash(i, 2) % 1400)::int, '%Y-%m-%d')
         else strftime(date '1950-01-01' + (hash(i, 2) % 20000)::int, '%Y-%m-%d') end as birthdate,
    ['DE', 'FR', 'IT', 'ES', 'PL', 'NL', 'SE', 'AT', 'US', 'GB'][(1 + hash(i, 3) % 10)::int] as country,
    case when i % 2 = 0 or hash(i, 4) % 10 < 7 then printf('c%09d', i // 2) else null end as center,
    strftime(timestamp '2015-01-01' + to_seconds((hash(i, 5) % 300000000)::bigint), '%Y-%m-%dT%H:%M:%SZ') as created_at
  from range(${ACCOUNTS}) t(i)
) to '${OUT}/accounts.jsonl' (format json);

copy (
  select printf('a%09d', (hash(j, 6) % ${ACCOUNTS})::bigint) as account,
    strftime(case when hash(j, 7) % 100 < 55
      then timestamp '2025-04-14' + to_seconds((hash(j, 8) % 3600000)::bigint)
      else timestamp '2025-05-27' + to_seconds((hash(j, 8) % 30000000)::bigint) end, '%Y-%m-%dT%H:%M:%SZ') as received_at,
    'portal' as channel
  from range(${OBJECTIONS}) t(j)
) to '${OUT}/objections.jsonl' (format json);

copy (
  select printf('c%010d', k) as id,
    printf('a%09d', (hash(k, 9) % ${ACCOUNTS})::bigint) as account,
    ['post', 'comment', 'comment', 'group_post', 'page_post', 'marketplace_review', 'name', 'private_message', 'story', 'post'][(1 + hash(k, 10) % 10)::int] as kind,
    case when hash(k, 11) % 100 < 65 then 'public' else 'friends' end as visibility,
    (timestamptz '2015-01-01 00:00:00+00' + to_seconds((hash(k, 12) % 362000000)::bigint)) as published_at,
    null::timestamptz as public_since,
    ['de', 'fr', 'it', 'es', 'pl', 'nl', 'sv', 'en'][(1 + hash(k, 13) % 8)::int] as lang,
    repeat(['lorem ', 'ipsum ', 'dolor ', 'sit '][(1 + hash(k, 14) % 4)::int], 20) as text
  from range(${ITEMS}) t(k)
) to '${OUT}/content.parquet' (format parquet, row_group_size 1000000);
