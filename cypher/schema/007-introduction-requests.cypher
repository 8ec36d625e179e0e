// Introduction requests (server/features/requests): a request along a chosen path, one STEP
// relationship per person on it (position 0 the asker, the last the target).
CREATE CONSTRAINT introduction_request_id IF NOT EXISTS FOR (r:IntroductionRequest) REQUIRE r.id IS UNIQUE;
CREATE INDEX introduction_request_state IF NOT EXISTS FOR (r:IntroductionRequest) ON (r.state);
