using Msp.Application.Common.Time;
using Msp.Infrastructure.Addresses;
using Msp.Infrastructure.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Msp.Infrastructure.Persistence.DemoData;

/// <summary>
/// Loads the demo data of docs/demo-data.md into an empty database, in one transaction. Ids are fixed (the spec's own example
/// ids), so on SQL Server the identity columns are opened for the inserts.
/// </summary>
public sealed partial class DemoDataSeeder(
    DbSession db, ISqlDialect dialect, TimeProvider clock, IOptions<PlatformOptions> platform, ILogger<DemoDataSeeder> logger)
{
    private const string CountAccountsSql = "SELECT COUNT(*) FROM accounts";

    private const string InsertRoleSql = "INSERT INTO roles (id, code, name) VALUES (@Id, @Code, @Name)";

    private const string InsertLanguageSql = "INSERT INTO languages (id, iso, name) VALUES (@Id, @Iso, @Name)";

    private const string InsertPartnerSql = """
        INSERT INTO business_partners (id, company, name, phone, email, internal_number, created_at, updated_at)
        VALUES (@Id, @Company, @Name, @Phone, @Email, '', @Now, @Now)
        """;

    private const string InsertBrandingSql = """
        INSERT INTO partner_branding (partner_id, logo, background_image, background_smartphone_image, font_color_top, color_top,
            font_color_service, font_color_bottom, smartphone_app_name, line_color_smartphone, font_color_smartphone,
            background_color_smartphone, background_color_wall_tablet, background_color_icon_smartphone, paid_services,
            support_button, url, footer_content, footer_active, color_service, bar_button_color, bar_button_text, bar_button_url)
        VALUES (@PartnerId, @Logo, @BackgroundImage, @BackgroundSmartphoneImage, @FontColorTop, @ColorTop,
            @FontColorService, @FontColorBottom, @SmartphoneAppName, @LineColorSmartphone, @FontColorSmartphone,
            @BackgroundColorSmartphone, @BackgroundColorWallTablet, @BackgroundColorIconSmartphone, @PaidServices,
            @SupportButton, @Url, @FooterContent, @FooterActive, @ColorService, @BarButtonColor, @BarButtonText, @BarButtonUrl)
        """;

    private const string InsertAccountSql = """
        INSERT INTO accounts (id, role_id, partner_id, username, email, password_hash, name, lastname, gender, telephone,
            mobil, image, status, demo, language_id, created_at, updated_at)
        VALUES (@Id, @RoleId, @PartnerId, @Username, @Email, @PasswordHash, @Name, @Lastname, @Gender, @Telephone,
            @Mobil, @Image, @Status, @Demo, @LanguageId, @Now, @Now)
        """;

    private const string InsertCategorySql = """
        INSERT INTO categories (id, parent_id, name, image, active, smart_image, in_wall_image)
        VALUES (@Id, NULL, @Name, @Image, 1, @SmartImage, @InWallImage)
        """;

    private const string InsertServiceSql = """
        INSERT INTO services (id, name, category_id, owner_account_id, upstream, params, admin_url, type, image, webview_url,
            doc_url, active, admin, admin_password, secret_id, managername, device_type, description, smart_image,
            internal_use, currency, vat, available_in_app, in_wall, in_wall_image, available_in_web, api_url,
            subscription, address_specific, created_at, updated_at)
        VALUES (@Id, @Name, @CategoryId, @OwnerAccountId, @Upstream, '', @AdminUrl, 1, @Image, @WebviewUrl,
            @DocUrl, 1, @Admin, @AdminPassword, @SecretId, @Upstream, 3, '', @SmartImage,
            0, 3, '1.00', 1, 1, @InWallImage, 0, @ApiUrl,
            0, 0, @CreatedAt, @UpdatedAt)
        """;

    private const string InsertOfferSql = "INSERT INTO partner_services (partner_id, service_id) VALUES (@PartnerId, @ServiceId)";

    private const string InsertSubscriptionSql = """
        INSERT INTO subscriptions (account_id, service_id, created_at) VALUES (@AccountId, @ServiceId, @Now)
        """;

    private const string InsertCitySql = "INSERT INTO cities (id, name, state, country_iso) VALUES (@Id, @Name, @State, 'CH')";

    private const string InsertAddressSql = """
        INSERT INTO addresses (id, account_id, name, gender, firstname, lastname, street_address, street_number, postcode, city,
            city_id, state, country_iso, lat, lng, apartment_number, oto, isg_ip, isg_mac, smb1_mac, smb2_mac, smb3_mac,
            phone_mac, phone_mac_model, billing, installation, building_id, flat_id, created_at, updated_at)
        VALUES (@Id, @AccountId, @Name, @Gender, @Firstname, @Lastname, @StreetAddress, @StreetNumber, @Postcode, @City,
            @CityId, @State, 'CH', @Lat, @Lng, @ApartmentNumber, @Oto, @IsgIp, @IsgMac, @Smb1Mac, @Smb2Mac, @Smb3Mac,
            @PhoneMac, @PhoneMacModel, 1, 1, @BuildingId, @FlatId, @Now, @Now)
        """;

    private const string InsertGroupSql = """
        INSERT INTO user_groups (id, partner_id, name, created_at, updated_at) VALUES (@Id, @PartnerId, @Name, @Now, @Now)
        """;

    private const string InsertGroupMemberSql = "INSERT INTO user_group_members (group_id, account_id) VALUES (@GroupId, @AccountId)";

    private const string InsertEmailTemplateSql = """
        INSERT INTO email_templates (id, name, created_at, updated_at) VALUES (@Id, @Name, @Now, @Now)
        """;

    private const string InsertEmailTemplateTextSql = """
        INSERT INTO email_template_texts (template_id, language_iso, subject, body) VALUES (@TemplateId, @LanguageIso, @Subject, @Body)
        """;

    private const string InsertInvoiceSql = """
        INSERT INTO invoices (id, account_id, period, number, period_from, period_to, net, vat, amount, currency, status, created_at)
        VALUES (@Id, @AccountId, @Period, @Number, @PeriodFrom, @PeriodTo, @Net, @Vat, @Amount, 'CHF', 'open', @CreatedAt)
        """;

    private const string InsertInvoiceLineSql = """
        INSERT INTO invoice_lines (account_id, service_id, description, quantity, price, discount, vat_rate, currency, added_by, invoice_id, created_at)
        VALUES (@AccountId, @ServiceId, @Description, @Quantity, @Price, 0, 0.081, 'CHF', 1, @InvoiceId, @CreatedAt)
        """;

    private const string AddressIdsSql = "SELECT id FROM addresses ORDER BY id";

    private const string SetDefaultAddressSql = "UPDATE accounts SET default_address_id = @AddressId WHERE id = @AccountId";

    private const string InsertDeviceUidSql = "INSERT INTO device_uid_hashes (uid_hash, account_id, created_at) VALUES (@UidHash, @AccountId, @Now)";

    public async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await db.QuerySingleOrDefaultAsync<long>(CountAccountsSql, null, cancellationToken) > 0)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await db.BeginAsync(cancellationToken);
        try
        {
            await InsertAsync(InsertRoleSql, DemoCatalogue.Roles, cancellationToken);
            await InsertAsync(InsertLanguageSql, DemoCatalogue.Languages, cancellationToken);
            await InsertWithIdsAsync("business_partners", InsertPartnerSql, DemoPartners.Partners(now), cancellationToken);
            await InsertAsync(InsertBrandingSql, DemoPartners.Branding, cancellationToken);
            await InsertWithIdsAsync("accounts", InsertAccountSql, DemoAccounts.Rows(now), cancellationToken);
            await InsertWithIdsAsync("categories", InsertCategorySql, DemoCatalogue.Categories, cancellationToken);
            await InsertWithIdsAsync("services", InsertServiceSql, DemoCatalogue.Services, cancellationToken);
            await InsertAsync(InsertOfferSql, DemoCatalogue.Offers, cancellationToken);
            await InsertAsync(InsertSubscriptionSql, DemoCatalogue.Subscriptions.Select(s => new { s.AccountId, s.ServiceId, Now = now }), cancellationToken);
            await InsertAsync(InsertDeviceUidSql, new[] { new { UidHash = Secrets.Hash("STB-0955-0001"), AccountId = 955L, Now = now } }, cancellationToken);
            await InsertWithIdsAsync("cities", InsertCitySql, DemoPlaces.Cities, cancellationToken);
            await InsertWithIdsAsync("residences", DemoRealEstate.InsertResidenceSql, DemoRealEstate.Residences(now), cancellationToken);
            await InsertWithIdsAsync("buildings", DemoRealEstate.InsertBuildingSql, DemoRealEstate.Buildings(now), cancellationToken);
            await InsertWithIdsAsync("flats", DemoRealEstate.InsertFlatSql, DemoRealEstate.Flats(now), cancellationToken);
            await InsertWithIdsAsync("addresses", InsertAddressSql, DemoPlaces.Addresses(now), cancellationToken);
            await RegisterDeviceMacsAsync(cancellationToken);
            await db.ExecuteAsync(SetDefaultAddressSql, new { AddressId = DemoPlaces.JorgeHomeAddressId, AccountId = 955L }, cancellationToken);
            await InsertAsync(DemoHardware.InsertSipAccountSql, DemoHardware.SipAccounts(now), cancellationToken);
            await InsertWithIdsAsync("user_groups", InsertGroupSql, DemoGroups.Groups(now), cancellationToken);
            await InsertAsync(InsertGroupMemberSql, DemoGroups.Members, cancellationToken);
            await InsertWithIdsAsync("email_templates", InsertEmailTemplateSql, DemoEmailTemplates.Templates(now), cancellationToken);
            await InsertAsync(InsertEmailTemplateTextSql, DemoEmailTemplates.Texts, cancellationToken);
            var zone = TimeZoneInfo.FindSystemTimeZoneById(platform.Value.TimeZone);
            await InsertWithIdsAsync("invoices", InsertInvoiceSql, DemoBilling.Invoices(now, zone), cancellationToken);
            await InsertAsync(InsertInvoiceLineSql, DemoBilling.Lines(now, zone), cancellationToken);
            await db.CommitAsync(cancellationToken);
        }
        catch
        {
            await db.RollbackAsync(CancellationToken.None);
            throw;
        }

        LogSeeded(logger);
        return true;
    }

    private async Task InsertAsync(string sql, IEnumerable<object> rows, CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            await db.ExecuteAsync(sql, row, cancellationToken);
        }
    }

    /// <summary>Every address's devices in the registry of device MACs, as address writes register them (ADR 26).</summary>
    private async Task RegisterDeviceMacsAsync(CancellationToken cancellationToken)
    {
        foreach (var addressId in (await db.QueryAsync<long>(AddressIdsSql, null, cancellationToken)).ToList())
        {
            await db.ExecuteAsync(DeviceMacRegistry.RegisterSql, new { AddressId = addressId }, cancellationToken);
        }
    }

    private async Task InsertWithIdsAsync(string table, string sql, IEnumerable<object> rows, CancellationToken cancellationToken)
    {
        var sqlServer = dialect.Provider == DatabaseProvider.SqlServer;
        if (sqlServer)
        {
            await db.ExecuteAsync($"SET IDENTITY_INSERT dbo.{table} ON", null, cancellationToken);
        }

        await InsertAsync(sql, rows, cancellationToken);
        if (sqlServer)
        {
            await db.ExecuteAsync($"SET IDENTITY_INSERT dbo.{table} OFF", null, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the demo data into the empty database")]
    private static partial void LogSeeded(ILogger logger);
}
