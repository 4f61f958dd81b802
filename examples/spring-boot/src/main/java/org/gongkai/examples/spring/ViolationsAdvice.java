package org.gongkai.examples.spring;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.validation.RuleCode;
import org.springframework.http.HttpStatus;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a request body that failed validation with 400 and the violations: for each, the field, the rejected
 * value, the message (in the request's language: Chinese by default, English for {@code Accept-Language: en}) and
 * the code. Gongkai's constraints carry their {@link RuleCode} in the message template
 * ({@link RuleCode#fromMessageTemplate}); other constraints (here {@code @NotBlank}) are named by their annotation.
 */
@RestControllerAdvice
public class ViolationsAdvice {

    /**
     * @param e the failed validation
     * @return {@code {"valid": false, "violations": [{"field", "code", "message", "rejectedValue"}]}}
     */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public Map<String, Object> invalid(MethodArgumentNotValidException e) {
        List<Map<String, Object>> violations = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("field", error.getField());
            v.put("code", code(error));
            v.put("message", error.getDefaultMessage());
            v.put("rejectedValue", error.getRejectedValue());
            violations.add(v);
        }
        violations.sort((a, b) -> (a.get("field") + " " + a.get("code")).compareTo(b.get("field") + " " + b.get("code")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("valid", false);
        body.put("violations", violations);
        return body;
    }

    private static String code(FieldError error) {
        if (error.contains(ConstraintViolation.class)) {
            ConstraintViolation<?> v = error.unwrap(ConstraintViolation.class);
            return RuleCode.fromMessageTemplate(v.getMessageTemplate()).map(Enum::name).orElse(error.getCode());
        }
        return error.getCode();
    }

    /**
     * A library value given as the body and checked by a Gongkai constraint on the parameter ({@code @ValidCatalog
     * Catalog}): Spring's method validation. The rule code is read from Hibernate Validator's dynamic payload.
     *
     * @param e the failed method validation
     * @return {@code {"valid": false, "violations": [{"path", "code", "message"}]}}
     */
    @ExceptionHandler(org.springframework.web.method.annotation.HandlerMethodValidationException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public Map<String, Object> invalidValue(org.springframework.web.method.annotation.HandlerMethodValidationException e) {
        List<Map<String, Object>> violations = new ArrayList<>();
        for (org.springframework.validation.method.ParameterValidationResult r : e.getParameterValidationResults()) {
            for (org.springframework.context.MessageSourceResolvable error : r.getResolvableErrors()) {
                ConstraintViolation<?> cv = r.unwrap(error, ConstraintViolation.class);
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("path", cv.getPropertyPath().toString());
                @SuppressWarnings("unchecked")
                org.hibernate.validator.engine.HibernateConstraintViolation<Object> hv =
                        cv.unwrap(org.hibernate.validator.engine.HibernateConstraintViolation.class);
                v.put("code", String.valueOf(hv.getDynamicPayload(RuleCode.class)));
                v.put("message", cv.getMessage());
                violations.add(v);
            }
        }
        violations.sort((a, b) -> (a.get("path") + " " + a.get("code")).compareTo(b.get("path") + " " + b.get("code")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("valid", false);
        body.put("violations", violations);
        return body;
    }
}
