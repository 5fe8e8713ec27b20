package org.linli.department;

/**
 * A functional department of the district that concerns are dispatched to. {@code name}
 * is the Chinese name, {@code nameEn} the English one; an inactive department keeps its
 * code for the records that name it but takes no new work.
 */
public record Department(String code, String name, String nameEn, DepartmentKind kind, boolean active) {

}
