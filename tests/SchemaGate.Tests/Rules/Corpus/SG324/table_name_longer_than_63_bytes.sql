-- expect: SG324
CREATE TABLE customer_subscription_billing_cycle_adjustments_for_enterprise_plans (id bigint PRIMARY KEY);
