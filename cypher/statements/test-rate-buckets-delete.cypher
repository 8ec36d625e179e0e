// Test support: deletes every shared rate-limit bucket, as another instance's clean-up of idle
// buckets (rate-budget-settle) or a test's wipe does, to race it with a settlement.
MATCH (b:RateBucket)
DELETE b
