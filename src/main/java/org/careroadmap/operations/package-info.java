/**
 * Running the application in production: backing up all data as a portable archive and restoring
 * it into an empty installation, from the command line ({@code backup --to FILE},
 * {@code restore --from FILE}) and from the administrator's page {@code /admin/backup}.
 *
 * <p>Backup works on the database schema as a whole (every table the migrations made, found
 * through JDBC metadata) rather than on other modules' APIs, so that tables added by any module
 * are included without this module knowing them.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Operations",
        allowedDependencies = {"platform"})
package org.careroadmap.operations;
