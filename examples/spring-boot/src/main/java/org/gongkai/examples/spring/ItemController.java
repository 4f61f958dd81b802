package org.gongkai.examples.spring;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.deadline.DeadlinePhrases;
import org.gongkai.deadline.DeadlineRule;
import org.gongkai.domain.Domains;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /items/check}: validates an {@link ItemRequest}. A valid request is answered 200 with the canonical
 * domain name and the deadline rule as Gongkai reads them; an invalid one is answered 400 by
 * {@link ViolationsAdvice} with every violation and its rule code.
 */
@RestController
@RequestMapping("/items")
public class ItemController {

    /**
     * @param request the item, validated by Spring before this method runs
     * @return the canonical domain and the deadline's kind and canonical phrase
     */
    @PostMapping("/check")
    public Map<String, Object> check(@Valid @RequestBody ItemRequest request) {
        DeadlineRule rule = DeadlinePhrases.parse(request.deadline());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("valid", true);
        body.put("domain", Domains.standard().require(request.domain()).name());
        body.put("deadlineKind", rule.kind().name());
        body.put("deadline", DeadlinePhrases.format(rule));
        return body;
    }
}
