/**
 * Reading Gongkai's data files: the bundled resources (holiday notices, domain names, standard guides) and the
 * overlays an embedding system supplies in the same formats. {@link org.gongkai.data.DataFormatException} names the
 * source, line and column of any defect.
 */
package org.gongkai.data;
