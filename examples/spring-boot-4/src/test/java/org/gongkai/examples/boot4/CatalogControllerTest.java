package org.gongkai.examples.boot4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.item.Catalog;
import org.gongkai.validation.assertj.SampleItems;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Boot 4 host that only adds gongkai-codecs-jackson3: its default Jackson 3 {@code JsonMapper} (Boot's own 3.1)
 * round-trips a catalog, and a bad item is rejected 400 with the rule codes (Hibernate Validator 9, Boot's own).
 * No module is registered by hand anywhere in this application.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogControllerTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JsonMapper bootsMapper;

    private final CatalogController controller = new CatalogController();

    @Test
    void bootsOwnMapperRoundTripsACatalog() throws Exception {
        Catalog sample = controller.sample();
        String json = mvc.perform(get("/catalogs/sample")).andExpect(status().isOk())
                // the item's fields, not {"proactive":false} (what Boot 4 wrote before the Jackson 3 module)
                .andExpect(jsonPath("$.items[0].basis").value(SampleItems.valid().basis().text()))
                .andExpect(jsonPath("$.items[0].deadline.source").value(SampleItems.valid().deadlineText()))
                .andReturn().getResponse().getContentAsString();
        assertThat(bootsMapper.readValue(json, Catalog.class)).isEqualTo(sample);
        mvc.perform(post("/catalogs").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(1));
    }

    @Test
    void aBadItemIsRejectedWithItsRuleCodes() throws Exception {
        // Art. 19 of the 条例 / 54号: every item names its basis (公开依据); SampleItems.withoutBasis() has none
        Catalog bad = Catalog.builder().title("某镇政务公开标准目录").addItem(SampleItems.withoutBasis())
                .addDomain(SampleItems.valid().domain()).build();
        mvc.perform(post("/catalogs").contentType(MediaType.APPLICATION_JSON).content(bootsMapper.writeValueAsString(bad)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.violations[?(@.code == 'ITEM_BASIS_MISSING')]").exists());
    }
}
