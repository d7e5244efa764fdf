// The names of the indexes in the database, constraints' own indexes included (a uniqueness
// constraint's index bears the constraint's name): server/graph/schema.ts checks that every
// index and constraint cypher/schema.cypher creates is there under its name.
SHOW INDEXES YIELD name
RETURN collect(name) AS names
