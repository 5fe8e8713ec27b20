/**
 * Administration pages that span several modules: the user accounts with their roles,
 * areas and department. Accounts live in the identity module; this module checks the
 * areas and departments they name against their own modules, which identity cannot see.
 */
package org.linli.admin;
