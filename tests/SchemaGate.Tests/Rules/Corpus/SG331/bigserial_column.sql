-- expect: SG331=public.ledger.n
CREATE TABLE ledger (n bigserial, amount numeric);
