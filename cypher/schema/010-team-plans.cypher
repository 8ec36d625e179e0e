// Saved team plans (server/features/teams/plans.ts): a name, the question and the chosen team by id.
CREATE CONSTRAINT team_plan_id IF NOT EXISTS FOR (t:TeamPlan) REQUIRE t.id IS UNIQUE;
