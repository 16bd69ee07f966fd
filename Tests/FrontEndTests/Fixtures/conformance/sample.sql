-- A small token store, written for the clonescan conformance suite.
CREATE TABLE tokens (
    id INTEGER PRIMARY KEY,
    kind VARCHAR(16) NOT NULL,
    value TEXT,
    line INTEGER DEFAULT 1
);

CREATE INDEX tokens_kind ON tokens (kind);

INSERT INTO tokens (kind, value, line) VALUES ('operator', '+', 1), ('number', '42', 1);

SELECT kind, COUNT(*) AS total
FROM tokens
WHERE line > 0 AND kind <> 'space'
GROUP BY kind
HAVING COUNT(*) > 1
ORDER BY total DESC
LIMIT 1024;

UPDATE tokens SET kind = 'invalid' WHERE value IS NULL;

DELETE FROM tokens WHERE kind = 'invalid' AND line > 1024;

CREATE VIEW token_kinds AS
SELECT id, CASE WHEN kind = 'operator' THEN 1 WHEN kind = 'number' THEN 2 ELSE 0 END AS rank
FROM tokens
WHERE value IS NOT NULL;
