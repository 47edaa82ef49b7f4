-- setup: CREATE TABLE customer_subscription_billing_cycle_adjustments_for_enterprise_plans (id bigint);
--   INSERT INTO customer_subscription_billing_cycle_adjustments_for_enterprise_plans VALUES (1);
-- expect: SG324 SG201=public.customer_subscription_billing_cycle_adjustments_for_enterprise_
-- note: the static finding names the table as PostgreSQL stores it (63 bytes), so the traced removal is the same finding.
SET lock_timeout = '5s';
DROP TABLE customer_subscription_billing_cycle_adjustments_for_enterprise_plans;
