package org.gongkai.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.gongkai.codecs.csv.CsvReadResult;
import org.junit.jupiter.api.Test;

class CsvToJsonTest {

    @Test
    void aTwoRowHeaderTableBecomesJsonWithItsRawTextKept() {
        // the two-row header of the national guides (公开对象 over 全社会/特定群体 …), one real row of
        // 天津市宝坻区's 社会救助 catalog with a Traditional-spaced deadline as published by 盖州市
        String csv = """
                序号,公开事项,,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,,公开方式,
                ,一级事项,二级事项,,,,,,全社会,特定群体,主动,依申请
                1,综合业务,政策法规文件,社会救助政策法规,《信息公开条例》及相关规定,制 定 或 获 取 信 息之日起 10 个 工作日内,盖州市民政局,■政府网站,√,,√,
                """;
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        CsvReadResult r = CsvToJson.convert(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "盖州.csv", json);
        assertThat(r.summary().itemsKept()).isEqualTo(1);
        assertThat(r.summary().rowsRejected()).isZero();
        String out = json.toString(StandardCharsets.UTF_8);
        // the deadline text is kept exactly as published, spaces and all
        assertThat(out).contains("制 定 或 获 取 信 息之日起 10 个 工作日内", "政策法规文件", "盖州市民政局");
    }
}
