package org.gongkai.examples.boot4;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.validation.RuleCode;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Answers a body that failed a Gongkai constraint with 400 and each violation's path, rule code (Hibernate
 * Validator's dynamic payload) and message.
 */
@RestControllerAdvice
public class Boot4Violations {

    /** Creates the advice (Spring does). */
    public Boot4Violations() {
    }

    /**
     * @param e the failed method validation
     * @return {@code {"valid": false, "violations": [{"path", "code", "message"}]}}
     */
    @ExceptionHandler(HandlerMethodValidationException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public Map<String, Object> invalid(HandlerMethodValidationException e) {
        List<Map<String, Object>> violations = new ArrayList<>();
        for (ParameterValidationResult r : e.getParameterValidationResults()) {
            for (MessageSourceResolvable error : r.getResolvableErrors()) {
                ConstraintViolation<?> cv = r.unwrap(error, ConstraintViolation.class);
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("path", cv.getPropertyPath().toString());
                @SuppressWarnings("unchecked")
                HibernateConstraintViolation<Object> hv = cv.unwrap(HibernateConstraintViolation.class);
                v.put("code", String.valueOf(hv.getDynamicPayload(RuleCode.class)));
                v.put("message", cv.getMessage());
                violations.add(v);
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("valid", false);
        body.put("violations", violations);
        return body;
    }
}
