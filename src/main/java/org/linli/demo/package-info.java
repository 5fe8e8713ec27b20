/**
 * The demo street, 曹杨新村街道 of 普陀区 (Shanghai): loaded on first start in the {@code demo}
 * profile only, never in a production configuration.
 */
package org.linli.demo;
