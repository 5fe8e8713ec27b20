package org.linli.department;

/**
 * What an administrator gives to register a department. Codes are upper-case letters and
 * digits, e.g. {@code CG}.
 */
public record NewDepartment(String code, String name, String nameEn, DepartmentKind kind) {

}
