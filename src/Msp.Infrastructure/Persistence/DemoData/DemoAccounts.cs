namespace Msp.Infrastructure.Persistence.DemoData;

/// <summary>
/// The accounts of docs/demo-data.md. The passwords are public demo passwords; their PBKDF2 hashes (Identity v3 format) are
/// computed once and kept here, so that re-seeding a test database does not spend a second on hashing.
/// </summary>
internal static class DemoAccounts
{
    public static object[] Rows(DateTime now) =>
    [
        Account(1, 1, null, "admin", "admin@msp.example", "AQAAAAIAAYagAAAAEAjqsRLl6OaRKiuLH+pWzxwScavK7aw7nakeOs8sBsbZgp8R6gTEWZqJW0IORMmhww==", "MSP", "Admin", language: 1, now: now),
        Account(920, 2, 1, "vzug.admin", "admin@vzug.example", "AQAAAAIAAYagAAAAEPb5Gwiv0SPS1Xwk2UgxmLwW9y8ZedT4aSdDvIr27vHiy1tKP073AE3TzR3e2OPg2w==", "V-ZUG", "Admin", language: 3, now: now),
        Account(921, 2, 2, "lindau.admin", "admin@lindau.example", "AQAAAAIAAYagAAAAECUV9mXD9JCPB7vZsQyAPnf9B6uVR/QzcMl1OiGPQsYnsSwAe8G4aelMxFm3990rgg==", "Lindau", "Admin", language: 3, now: now),
        Account(910, 3, null, "docman", "docman@services.example", "AQAAAAIAAYagAAAAEHdHb/5BnGwCjDETEEBb3vLL7Kz6mRCEZUyRNuzV8ojdw4sE1uaD0ajXF8y3RQxrWw==", "Docman", "Service", language: 3, now: now),
        Account(911, 3, null, "comlite", "comlite@services.example", "AQAAAAIAAYagAAAAEE58wUSco37Ps49nF5GsZxDjNyLXkEa9Gr1kNHyN9Ya4l3uPtWgrxbXtxCWc7yHZJw==", "Comlite", "Service", language: 3, now: now),
        Account(1097, 4, 1, "demo.vzug", "demo.vzug@streamnow.ch", "AQAAAAIAAYagAAAAEDi/gsOk0r7+XlARHr3PEhOabaksrQ1dWvXYpoth6JCGrFE10SzNmvqhP3aVqZvETg==", "Fam.", "Muster  VZUG", language: 3, demo: 1, gender: "male", image: "http://esp-development.streamnow.ch/img/users/generic.jpg", now: now),
        Account(1154, 4, 1, "antonio", "antonio@example.ch", "AQAAAAIAAYagAAAAEGkCkIH0fbfy0qYc369qlF4FnSGB+X88+zpEuow/sMFZ4suKxxaajFzILEkbia1UBw==", "Antonio2 José", "Jiménez", language: 2, gender: "male", telephone: "+41791234567", mobil: "+41791234567", now: now),
        Account(896, 4, 1, "mickey", "mickey@example.ch", "AQAAAAIAAYagAAAAELrdH98CMAhXabzAXUbutVxsXPJGdiRIaGc0i+Zv8iOH3M6c5DVYhLh2q+B0dtLfOA==", "Mickey", "Maus", language: 3, status: 0, gender: "male", now: now),
        Account(955, 4, 2, "jorge", "jorge.sanchez@casacom.ch", "AQAAAAIAAYagAAAAEAVzhR1misuFFAjQrIODNPL2pCL+yEjnaWDZzLqrd3/xHsN7y2qcBPpTVEU7xzGV1A==", "Jorge", "Sanchez", language: 1, gender: "male", telephone: "+41783338763", mobil: "+41783338763", image: "http://esp-development.streamnow.ch/img/users/ef4e3b775c934dada217712d76f3d51f.jpg", now: now),
    ];

    private static object Account(
        long id,
        int role,
        long? partner,
        string username,
        string email,
        string passwordHash,
        string name,
        string lastname,
        int language,
        DateTime now,
        int status = 1,
        int demo = 0,
        string gender = "",
        string telephone = "",
        string mobil = "",
        string image = "") =>
        new
        {
            Id = id,
            RoleId = role,
            PartnerId = partner,
            Username = username,
            Email = email,
            PasswordHash = passwordHash,
            Name = name,
            Lastname = lastname,
            Gender = gender,
            Telephone = telephone,
            Mobil = mobil,
            Image = image,
            Status = status,
            Demo = demo,
            LanguageId = language,
            Now = now,
        };
}
