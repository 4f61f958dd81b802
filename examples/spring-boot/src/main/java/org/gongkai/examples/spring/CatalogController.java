package org.gongkai.examples.spring;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.item.Catalog;
import org.gongkai.validation.assertj.SampleItems;
import org.gongkai.validation.constraints.ValidCatalog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The library's own types as request and response bodies, through Boot's default {@code ObjectMapper} with no
 * setup: gongkai-codecs' auto-configuration contributes its Jackson module. {@code GET /catalogs/sample} returns a
 * {@link Catalog}; {@code POST /catalogs} reads one and validates it with {@link ValidCatalog} (Spring MVC's method
 * validation), a bad item answered 400 by {@link ViolationsAdvice} with its rule codes.
 */
@RestController
@RequestMapping("/catalogs")
public class CatalogController {

    /** Creates the controller (Spring does). */
    public CatalogController() {
    }

    /** @return a one-item catalog */
    @GetMapping("/sample")
    public Catalog sample() {
        return Catalog.builder().title("某镇政务公开标准目录").addItem(SampleItems.valid())
                .addDomain(SampleItems.valid().domain()).build();
    }

    /**
     * @param catalog the catalog, read by Gongkai's Jackson module and checked against the standard
     * @return the title and the number of items accepted
     */
    @PostMapping
    public Map<String, Object> accept(@RequestBody @ValidCatalog Catalog catalog) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accepted", catalog.items().size());
        body.put("title", catalog.title());
        return body;
    }
}
