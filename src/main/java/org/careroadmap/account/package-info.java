/**
 * Accounts, roles per prefecture or municipality, sign-in with lockout, the administration of
 * accounts, and the append-only change history (変更履歴) of every roadmap.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts and history",
        allowedDependencies = {"roadmap", "reference", "platform"})
package org.careroadmap.account;
