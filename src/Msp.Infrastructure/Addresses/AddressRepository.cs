using System.Data.Common;
using Dapper;
using Msp.Application.Addresses;
using Msp.Application.Addresses.Fields;
using Msp.Domain.Addresses;
using Msp.Infrastructure.Persistence;

namespace Msp.Infrastructure.Addresses;

public sealed class AddressRepository(DbSession db, ISqlDialect dialect) : IAddressRepository
{
    /// <summary>A device report saved between this update's read and its write makes it read again (ADR 18).</summary>
    private const int MaxAttempts = 5;

    private const string FindOwnerSql = "SELECT account_id FROM addresses WHERE id = @AddressId";

    /// <summary>A range of ix_addresses_account.</summary>
    private const string CountOfAccountSql = "SELECT COUNT(*) FROM addresses WHERE account_id = @AccountId";

    private const string FindCitySql = """
        SELECT id AS Id, name AS Name, state AS State, country_iso AS CountryIso FROM cities WHERE id = @CityId
        """;

    /// <summary>A field not given takes the column's default (db/*/0002_addresses.sql).</summary>
    private const string InsertSql = """
        INSERT INTO addresses (account_id, gender, company, firstname, lastname, letter, floor, street_address, street_number,
            suburb, postcode, city, city_id, state, country_iso, type, lat, lng, apartment_number, oto, building_name, name,
            mac, isg_mac, smb1_mac, smb2_mac, smb3_mac, ata_mac, ata_mac_model, phone_mac, phone_mac_model, billing,
            installation, type_address, custom_type_address, created_at, updated_at)
        VALUES (@AccountId, COALESCE(@Gender, ''), COALESCE(@Company, ''), COALESCE(@Firstname, ''), COALESCE(@Lastname, ''),
            @Letter, COALESCE(@Floor, '0'), COALESCE(@StreetAddress, ''), COALESCE(@StreetNumber, ''), COALESCE(@Suburb, ''),
            COALESCE(@Postcode, ''), COALESCE(@City, ''), @CityId, COALESCE(@State, ''), COALESCE(@CountryIso, ''),
            COALESCE(@Type, 0), COALESCE(@Lat, ''), COALESCE(@Lng, ''), COALESCE(@ApartmentNumber, '0'), COALESCE(@Oto, ''),
            COALESCE(@BuildingName, ''), COALESCE(@Name, ''), COALESCE(@Mac, ''), COALESCE(@IsgMac, ''),
            COALESCE(@Smb1Mac, ''), COALESCE(@Smb2Mac, ''), COALESCE(@Smb3Mac, ''), COALESCE(@AtaMac, ''),
            COALESCE(@AtaMacModel, '0'), COALESCE(@PhoneMac, ''), COALESCE(@PhoneMacModel, '0'), COALESCE(@Billing, 0),
            COALESCE(@Installation, 0), COALESCE(@TypeAddress, 0), COALESCE(@CustomTypeAddress, ''), @Now, @Now);
        SELECT {{last_id}};
        """;

    /// <summary>The fields other than the device slots: only the given ones change.</summary>
    private const string FieldAssignments = """
            gender = COALESCE(@Gender, gender),
            company = COALESCE(@Company, company),
            firstname = COALESCE(@Firstname, firstname),
            lastname = COALESCE(@Lastname, lastname),
            letter = COALESCE(@Letter, letter),
            floor = COALESCE(@Floor, floor),
            street_address = COALESCE(@StreetAddress, street_address),
            street_number = COALESCE(@StreetNumber, street_number),
            suburb = COALESCE(@Suburb, suburb),
            postcode = COALESCE(@Postcode, postcode),
            city = COALESCE(@City, city),
            city_id = COALESCE(@CityId, city_id),
            state = COALESCE(@State, state),
            country_iso = COALESCE(@CountryIso, country_iso),
            type = COALESCE(@Type, type),
            lat = COALESCE(@Lat, lat),
            lng = COALESCE(@Lng, lng),
            apartment_number = COALESCE(@ApartmentNumber, apartment_number),
            oto = COALESCE(@Oto, oto),
            building_name = COALESCE(@BuildingName, building_name),
            name = COALESCE(@Name, name),
            mac = COALESCE(@Mac, mac),
            ata_mac_model = COALESCE(@AtaMacModel, ata_mac_model),
            phone_mac_model = COALESCE(@PhoneMacModel, phone_mac_model),
            billing = COALESCE(@Billing, billing),
            installation = COALESCE(@Installation, installation),
            type_address = COALESCE(@TypeAddress, type_address),
            custom_type_address = COALESCE(@CustomTypeAddress, custom_type_address)
        """;

    /// <summary>
    /// An update that writes MACs: the device slots are written as <see cref="DeviceSlots"/> left them, only at the
    /// version of the devices read, which moves on, so that neither this update nor a device report (updateMACstatus,
    /// updateIP) writes back slots another changed meanwhile (ADR 18).
    /// </summary>
    private const string UpdateWithDevicesSql = $"""
        UPDATE addresses SET
        {FieldAssignments},
            isg_mac = @isg_mac, isg_mac_status = @isg_mac_status, isg_mac_status_date = @isg_mac_status_date,
            isg_mac_activated_at = @isg_mac_activated_at,
            smb1_mac = @smb1_mac, smb1_mac_status = @smb1_mac_status, smb1_mac_status_date = @smb1_mac_status_date,
            smb1_mac_activated_at = @smb1_mac_activated_at,
            smb2_mac = @smb2_mac, smb2_mac_status = @smb2_mac_status, smb2_mac_status_date = @smb2_mac_status_date,
            smb2_mac_activated_at = @smb2_mac_activated_at,
            smb3_mac = @smb3_mac, smb3_mac_status = @smb3_mac_status, smb3_mac_status_date = @smb3_mac_status_date,
            smb3_mac_activated_at = @smb3_mac_activated_at,
            ata_mac = @ata_mac, ata_mac_status = @ata_mac_status, ata_mac_status_date = @ata_mac_status_date,
            ata_mac_activated_at = @ata_mac_activated_at,
            phone_mac = @phone_mac, phone_mac_status = @phone_mac_status, phone_mac_status_date = @phone_mac_status_date,
            phone_mac_activated_at = @phone_mac_activated_at,
            devices_version = devices_version + 1,
            updated_at = @Now
        WHERE id = @AddressId AND devices_version = @DevicesVersion
        """;

    /// <summary>
    /// An update that writes no MAC leaves every slot as it is, so it neither reads the slots nor waits for their version:
    /// a device report at the same moment keeps what it wrote.
    /// </summary>
    private const string UpdateFieldsSql = $"""
        UPDATE addresses SET
        {FieldAssignments},
            updated_at = @Now
        WHERE id = @AddressId
        """;

    private const string SlotsSql = """
        SELECT devices_version, isg_mac, isg_mac_status, isg_mac_status_date, isg_mac_activated_at,
               smb1_mac, smb1_mac_status, smb1_mac_status_date, smb1_mac_activated_at,
               smb2_mac, smb2_mac_status, smb2_mac_status_date, smb2_mac_activated_at,
               smb3_mac, smb3_mac_status, smb3_mac_status_date, smb3_mac_activated_at,
               ata_mac, ata_mac_status, ata_mac_status_date, ata_mac_activated_at,
               phone_mac, phone_mac_status, phone_mac_status_date, phone_mac_activated_at
        FROM addresses WHERE id = @AddressId
        """;

    private const string DeleteSql = "DELETE FROM addresses WHERE id = @AddressId";

    /// <summary>accounts.default_address_id has no foreign key (accounts come first in the migrations), so the delete clears it.</summary>
    private const string ClearDefaultSql = """
        UPDATE accounts SET default_address_id = NULL, updated_at = @Now WHERE default_address_id = @AddressId
        """;

    public Task<long?> FindOwnerAsync(long addressId, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<long?>(FindOwnerSql, new { AddressId = addressId }, cancellationToken);

    public async Task<int> CountOfAccountAsync(long accountId, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<int>(CountOfAccountSql, new { AccountId = accountId }, cancellationToken);

    public Task<City?> FindCityAsync(long cityId, CancellationToken cancellationToken) =>
        db.QuerySingleOrDefaultAsync<City>(FindCitySql, new { CityId = cityId }, cancellationToken);

    public async Task<long?> CreateAsync(long accountId, AddressFields fields, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var id = await db.InsertAsync(InsertSql, Parameters(fields, nowUtc, new { AccountId = accountId }), cancellationToken);
        return !fields.WritesDeviceMacs || await RegisterDevicesAsync(id, cancellationToken) ? id : null;
    }

    public async Task<AddressUpdateOutcome> UpdateAsync(long addressId, AddressFields fields, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var key = new { AddressId = addressId };
        if (!fields.WritesDeviceMacs)
        {
            return await db.ExecuteAsync(UpdateFieldsSql, Parameters(fields, nowUtc, key), cancellationToken) == 1
                ? AddressUpdateOutcome.Updated
                : AddressUpdateOutcome.Gone;
        }

        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (await db.QuerySingleOrDefaultAsync<dynamic>(SlotsSql, key, cancellationToken) is not IDictionary<string, object?> row)
            {
                return AddressUpdateOutcome.Gone;
            }

            var slots = DeviceSlotColumns.Read(row, DeviceSlotColumns.Writable).WithMacs(fields.DeviceMacs);
            var parameters = Parameters(fields, nowUtc, key);
            DeviceSlotColumns.Write(slots, DeviceSlotColumns.Writable, parameters);
            parameters.Add("DevicesVersion", Convert.ToInt64(row["devices_version"], System.Globalization.CultureInfo.InvariantCulture));
            if (await db.ExecuteAsync(UpdateWithDevicesSql, parameters, cancellationToken) == 1)
            {
                // Registered afresh from the slots as written: a MAC kept in its slot, moved to another slot of this
                // address, or new (ADR 26).
                await db.ExecuteAsync(DeviceMacRegistry.ReleaseSql, key, cancellationToken);
                return await RegisterDevicesAsync(addressId, cancellationToken) ? AddressUpdateOutcome.Updated : AddressUpdateOutcome.DeviceMacTaken;
            }
        }

        throw new InvalidOperationException($"The devices of address {addressId} kept changing during {MaxAttempts} attempts to update it.");
    }

    public async Task<bool> DeleteAsync(long addressId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var row = new { AddressId = addressId, Now = nowUtc };

        // The registry's rows point at the address (a foreign key), so they go first; its MACs are free for others then.
        await db.ExecuteAsync(DeviceMacRegistry.ReleaseSql, row, cancellationToken);
        if (await db.ExecuteAsync(DeleteSql, row, cancellationToken) == 0)
        {
            return false;
        }

        await db.ExecuteAsync(ClearDefaultSql, row, cancellationToken);
        return true;
    }

    /// <summary>False when a MAC of the address is another address's or stands in two of its slots (ADR 26).</summary>
    private async Task<bool> RegisterDevicesAsync(long addressId, CancellationToken cancellationToken)
    {
        try
        {
            await db.ExecuteAsync(DeviceMacRegistry.RegisterSql, new { AddressId = addressId }, cancellationToken);
            return true;
        }
        catch (DbException e) when (dialect.IsUniqueViolation(e))
        {
            return false;
        }
    }

    private static DynamicParameters Parameters(AddressFields fields, DateTime nowUtc, object key)
    {
        var parameters = WireFieldsParameters<AddressFields>.From(fields);
        parameters.AddDynamicParams(key);
        parameters.Add("Now", nowUtc);
        return parameters;
    }
}
