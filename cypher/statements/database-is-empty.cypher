// Whether the database holds no Tsunagari data yet.
RETURN NOT EXISTS { MATCH (:Entity) } AS empty
