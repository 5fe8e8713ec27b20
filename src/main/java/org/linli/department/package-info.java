/**
 * Departments: the district's functional departments as reference data (code, Chinese and
 * English name, kind, active flag), read by every module and changed by administrators.
 */
package org.linli.department;
