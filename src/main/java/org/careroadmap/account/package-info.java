/**
 * Accounts, roles per prefecture or municipality, sign-in with lockout, personal API tokens and the
 * administration of accounts. (The change history, which names people through {@code AccountDirectory},
 * is its own module, {@code history}.)
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Accounts",
        allowedDependencies = {"reference", "platform"})
package org.careroadmap.account;
