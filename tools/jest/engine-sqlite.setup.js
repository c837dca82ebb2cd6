process.env.ZEREN_TEST_ENGINE = 'sqlite';
