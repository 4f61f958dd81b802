package org.gongkai.codecs.table;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.domain.Domain;
import org.gongkai.domain.Domains;
import org.gongkai.item.Catalog;
import org.gongkai.item.DisclosureItem;

/**
 * Writes a catalog as an HTML page of published tables, as a county's site shows them: UTF-8 with a
 * {@code <meta charset>}, the catalog's title as the page title, and one table (or one per domain, each under a
 * heading "X领域基层政务公开标准目录") in the {@link PublishedLayout}, its header merged with {@code rowspan} and
 * {@code colspan}. No script, no style sheet: cells carry {@code white-space: pre-wrap} so that their text reads
 * back exactly ({@link HtmlTableSource}).
 *
 * <p>A table's 领域 column is left out only when its heading names exactly its items' domain (the reader then takes
 * the domain from the heading); otherwise it is written. What {@link CatalogTableReader} reads back from this page
 * equals the catalog's title and items (a catalog's publisher, levels and provenance are no part of a table).
 */
public final class CatalogHtmlWriter {
    private CatalogHtmlWriter() {
    }

    /**
     * How to write.
     *
     * @param twoRowHeader the two-row national header (公开事项 over 一级/二级事项 …)
     * @param tablePerDomain a table per domain, each under its heading, as counties publish their domains (a new
     *     table wherever the domain changes, so that the catalog's order is kept: sort the items by domain first for
     *     exactly one table per domain; one table for all when an item that starts a domain takes an element from
     *     the row above, which is in another domain)
     */
    public record Options(boolean twoRowHeader, boolean tablePerDomain) {
        /** @return two-row header, one table per domain */
        public static Options defaults() {
            return new Options(true, true);
        }
    }

    /**
     * Writes the page.
     *
     * @param catalog the catalog
     * @param out the stream (flushed, not closed)
     * @param options how to write
     * @throws IllegalArgumentException when a text holds U+0000, which HTML cannot carry (nothing is written then)
     * @throws UncheckedIOException when the stream fails
     */
    public static void write(Catalog catalog, OutputStream out, Options options) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        // runs of consecutive items of one domain, so that the page keeps the catalog's order
        List<Map.Entry<String, List<DisclosureItem>>> groups = new ArrayList<>();
        if (options.tablePerDomain()) {
            for (DisclosureItem i : catalog.items()) {
                if (groups.isEmpty() || !groups.get(groups.size() - 1).getKey().equals(i.domain())) {
                    groups.add(Map.entry(i.domain(), new ArrayList<>()));
                }
                groups.get(groups.size() - 1).getValue().add(i);
            }
        }
        for (int g = 1; g < groups.size(); g++) {
            if (!groups.get(g).getValue().get(0).inherited().isEmpty()) {
                groups.clear(); // 同上 cannot refer to a row of another table: one table keeps it
                break;
            }
        }
        if (groups.size() <= 1) {
            groups.clear();
            groups.add(Map.entry("", catalog.items()));
        }
        StringBuilder page = new StringBuilder(4096 + catalog.items().size() * 1024);
        page.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
        text(catalog.title(), page, false);
        page.append("</title>\n</head>\n<body>\n");
        boolean several = groups.size() > 1;
        for (Map.Entry<String, List<DisclosureItem>> g : groups) {
            String title = several ? (g.getKey().isEmpty() ? catalog.title() : g.getKey() + "领域基层政务公开标准目录")
                    : catalog.title();
            table(title, g.getValue(), options, page);
        }
        page.append("</body>\n</html>\n");
        try {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.append(page);
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(String title, List<DisclosureItem> items, Options options, StringBuilder page) {
        Optional<String> named = Domains.standard().lookup(title).map(Domain::name);
        boolean column = named.isEmpty() || items.stream().anyMatch(i -> !i.domain().equals(named.get())
                || i.inherited().contains(org.gongkai.item.ItemElement.DOMAIN));
        PublishedLayout layout = PublishedLayout.of(items).withDomainColumn(column)
                .withTwoRowHeader(options.twoRowHeader());
        if (!title.isEmpty()) {
            page.append("<h2>");
            text(title, page, false);
            page.append("</h2>\n");
        }
        page.append("<table border=\"1\">\n<thead>\n");
        int row = -1;
        for (PublishedLayout.HeaderCell h : layout.header()) {
            if (h.row() != row) {
                if (row >= 0) {
                    page.append("</tr>\n");
                }
                page.append("<tr>");
                row = h.row();
            }
            page.append("<th");
            if (h.rowSpan() > 1) {
                page.append(" rowspan=\"").append(h.rowSpan()).append('"');
            }
            if (h.colSpan() > 1) {
                page.append(" colspan=\"").append(h.colSpan()).append('"');
            }
            page.append('>').append(h.text()).append("</th>");
        }
        page.append("</tr>\n</thead>\n<tbody>\n");
        PublishedLayout.Renderer r = layout.renderer();
        for (DisclosureItem i : items) {
            page.append("<tr>");
            for (String c : r.row(column ? i : i.toBuilder().domain("").build())) {
                page.append("<td style=\"white-space:pre-wrap\">");
                text(c, page, true);
                page.append("</td>");
            }
            page.append("</tr>\n");
        }
        page.append("</tbody>\n</table>\n");
    }

    /** Escapes text for HTML; in cells CR is a character reference (a parser would turn a raw CR into LF). */
    private static void text(String s, StringBuilder sb, boolean cell) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\r' -> sb.append(cell ? "&#13;" : " ");
                case '\u0000' -> throw new IllegalArgumentException("HTML cannot carry U+0000 (in \""
                        + s.replace('\u0000', '?') + "\")");
                default -> sb.append(c);
            }
        }
    }
}
